<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shows an RSS feed opened in a browser as a page: what the feed is, how to subscribe to it,
  and its latest stories. Feed readers ignore this file; browsers apply it through the
  <?xml-stylesheet?> line at the top of /rss.xml and every /topics/<topic>/rss.xml.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
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
                <p>
                  <xsl:call-template name="html-text">
                    <xsl:with-param name="html" select="description"/>
                  </xsl:call-template>
                </p>
                <p class="meta">
                  <xsl:call-template name="newsroom-day">
                    <xsl:with-param name="iso" select="dc:date"/>
                  </xsl:call-template>
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

  <!--
    The date of dc:date, which the feed writes on the newsroom clock ("2022-06-01T00:30:00+01:00"),
    as "1 June 2022". pubDate is in GMT and would show the day before for a story published
    shortly after midnight in summer.
  -->
  <xsl:template name="newsroom-day">
    <xsl:param name="iso"/>
    <xsl:variable name="months" select="'January  February March    April    May      June     July     August   SeptemberOctober  November December '"/>
    <xsl:value-of select="concat(number(substring($iso, 9, 2)), ' ', normalize-space(substring($months, (number(substring($iso, 6, 2)) - 1) * 9 + 1, 9)), ' ', substring($iso, 1, 4))"/>
  </xsl:template>

  <!--
    The text of an RSS description, which the feed escapes as HTML (readers parse it as HTML):
    the five entities the feed writes are turned back into their characters, left to right, so
    "R&amp;amp;D &amp;lt;cut&amp;gt;" shows as "R&amp;D <cut>". Our descriptions hold no tags.
  -->
  <xsl:template name="html-text">
    <xsl:param name="html"/>
    <xsl:choose>
      <xsl:when test="contains($html, '&amp;')">
        <xsl:variable name="rest" select="substring-after($html, '&amp;')"/>
        <xsl:value-of select="substring-before($html, '&amp;')"/>
        <xsl:choose>
          <xsl:when test="starts-with($rest, 'amp;')">&amp;</xsl:when>
          <xsl:when test="starts-with($rest, 'lt;')">&lt;</xsl:when>
          <xsl:when test="starts-with($rest, 'gt;')">&gt;</xsl:when>
          <xsl:when test="starts-with($rest, 'quot;')">"</xsl:when>
          <xsl:when test="starts-with($rest, 'apos;')">'</xsl:when>
          <xsl:otherwise>&amp;</xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="html-text">
          <xsl:with-param name="html">
            <xsl:choose>
              <xsl:when test="starts-with($rest, 'amp;') or starts-with($rest, 'lt;') or starts-with($rest, 'gt;') or starts-with($rest, 'quot;') or starts-with($rest, 'apos;')">
                <xsl:value-of select="substring-after($rest, ';')"/>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="$rest"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$html"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
