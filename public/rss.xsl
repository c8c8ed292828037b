<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shows an RSS feed opened in a browser as a page: what the feed is, how to subscribe to it,
  and its latest stories. Feed readers ignore this file; browsers apply it through the
  <?xml-stylesheet?> line at the top of /rss.xml and every /topics/<topic>/rss.xml.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:variable name="feedUrl" select="/rss/channel/atom:link[@rel='self']/@href"/>

  <xsl:template match="/">
    <html lang="{/rss/channel/language}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <title><xsl:value-of select="/rss/channel/title"/> (RSS feed)</title>
        <link rel="stylesheet" href="/rss.css"/>
      </head>
      <body>
        <main>
          <p class="kicker">RSS feed</p>
          <h1><xsl:value-of select="/rss/channel/title"/></h1>
          <p class="about">
            <xsl:value-of select="/rss/channel/description"/>
            <xsl:text> </xsl:text>
            <a href="{/rss/channel/link}">Visit the website</a>
          </p>

          <section class="subscribe" aria-labelledby="subscribe-heading">
            <h2 id="subscribe-heading">This page is a news feed</h2>
            <p>
              A feed reader checks it for you and shows each new story as it is published, with
              the full text. To subscribe, copy this address into your feed reader
              (for example NetNewsWire, Feedly, Inoreader or Thunderbird):
            </p>
            <code class="address"><xsl:value-of select="$feedUrl"/></code>
            <p>
              Most feed readers also find it by themselves when you paste in the address of any
              page of the site. You can unsubscribe at any time from the reader.
            </p>
          </section>

          <h2 class="latest">Latest stories in this feed</h2>
          <ol>
            <xsl:for-each select="/rss/channel/item">
              <li>
                <h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
                <p><xsl:value-of select="description"/></p>
                <p class="meta">
                  <xsl:value-of select="substring(pubDate, 6, 11)"/>
                  <xsl:for-each select="category">
                    <xsl:text> · </xsl:text>
                    <xsl:value-of select="."/>
                  </xsl:for-each>
                </p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
