import type { EditorialComponent } from './registry';
import { el, text } from './hast';

/**
 * The article column at 1x (608) and 2x (1216) and phones at 2x (800), as for the hero photo
 * (src/components/HeroImage.astro); astro:assets leaves out widths wider than the file.
 */
const widths = [608, 800, 1216];
const sizes = '(min-width: 40rem) 38rem, calc(100vw - 2rem)';

/**
 * A photograph inside the story, from a file beside the article, optimised like the hero photo
 * without the editor naming sizes: the body pipeline hands the `source` and the `img` to
 * astro:assets (an AVIF and a WebP srcset, the picture's intrinsic size), and
 * src/lib/body-html.ts tidies the `source` after Astro's image swap.
 */
export const figure: EditorialComponent = {
  name: 'Figure',
  summary: 'A photograph beside the article file, with alt text, credit and an optional caption; optimised like the hero photo.',
  example: '<Figure src="./photo-file.jpg" alt="What the picture shows" credit="Agency/Photographer" caption="A sentence about the picture." />',
  props: {
    src: { required: true, description: 'the picture\'s file beside the article, e.g. src="./photo-file.jpg"' },
    alt: { required: true, description: 'what the picture shows, for readers who cannot see it' },
    credit: { required: true, description: 'who took it, e.g. credit="Agency/Photographer"' },
    caption: { required: false, description: 'a sentence about the picture' },
  },
  children: 'none',
  render: ({ props }) => {
    if (!/^\.\.?\//.test(props['src']!)) return `src: "${props['src']}" must be a file beside the article, written ./file-name.jpg`;
    if (props['alt']!.trim() === '') return 'alt: describe what the picture shows';
    const caption = props['caption'];
    return el('figure', { className: ['body-figure'] }, [
      // Never printed: the pipeline turns the img into astro:assets' placeholder, whose JSON is
      // getImage()'s options (hast types `widths` as SVG's string attribute).
      el('picture', {}, [
        el('source', { src: props['src']!, type: 'image/avif', format: 'avif', widths: widths as unknown as string, sizes }),
        el('img', { src: props['src']!, alt: props['alt']!, widths: widths as unknown as string, sizes }),
      ]),
      el('figcaption', {}, [
        ...(caption ? [el('span', { className: ['caption'] }, [text(caption)]), text(' ')] : []),
        el('span', { className: ['credit'] }, [text(`Photograph: ${props['credit']}`)]),
      ]),
    ]);
  },
};
