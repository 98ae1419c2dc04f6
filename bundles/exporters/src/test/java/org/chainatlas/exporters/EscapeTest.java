package org.chainatlas.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EscapeTest {

    @Test
    void xmlEscapesAllFiveAndReplacesForbiddenCharacters() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Escape.xml("<a href=\"x\">&'"));
        assertEquals("a\uFFFDb", Escape.xml("a\u0001b"));
        assertEquals("中文 \uD840\uDC00", Escape.xml("中文 \uD840\uDC00"));
    }

    @Test
    void markdownCannotBreakATableOrOpenATag() {
        assertEquals("a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\]", Escape.markdown("a | b *c* _d_ `e` [f]"));
        assertEquals("&lt;script&gt;", Escape.markdown("<script>"));
        assertEquals("one two", Escape.markdown("one\ntwo"));
    }

    @Test
    void csvQuotesAndDefusesFormulas() {
        assertEquals("plain", Escape.csv("plain"));
        assertEquals("\"a, b\"", Escape.csv("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", Escape.csv("say \"hi\""));
        assertEquals("\"two\nlines\"", Escape.csv("two\nlines"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Escape.csv("=HYPERLINK(\"x\")"));
        assertEquals("'+1", Escape.csv("+1"));
        assertEquals("'-1", Escape.csv("-1"));
        assertEquals("'@SUM(A1)", Escape.csv("@SUM(A1)"));
        assertEquals("'\tx", Escape.csv("\tx"));
        assertEquals("\"'\rx\"", Escape.csv("\rx"));
    }

    @Test
    void scriptJsonCannotEndItsElement() {
        String json = Escape.scriptJson("{\"n\":\"</script><!--&\"}");
        assertFalse(json.contains("<"));
        assertFalse(json.contains("&"));
        assertTrue(json.contains("\\u003c/script\\u003e"));
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertTrue(Escape.safeUrl("https://blog.csdn.net/kymdidicom/article/details/127582101"));
        assertFalse(Escape.safeUrl("javascript:alert(1)"));
        assertFalse(Escape.safeUrl("https://x/\"onmouseover=alert(1)"));
        assertFalse(Escape.safeUrl(null));
        assertEquals("HTTPS://example.org/", Escape.href("HTTPS://example.org/"));
        assertEquals(null, Escape.href(" javascript:alert(1)"));
        assertEquals(null, Escape.href("https://example.org/a b"), "a space would end the address early");
    }

    @Test
    void markupLinksOnlyWebAddressesAndEscapesThem() {
        assertEquals("<a href=\"https://example.org/?a=1&amp;b=2\" rel=\"noopener noreferrer\">a &amp; b</a>",
                new Markup().link("a & b", "https://example.org/?a=1&b=2").toString());
        assertEquals("javascript:alert(&quot;x&quot;)", new Markup().link("javascript:alert(\"x\")", "javascript:alert(\"x\")").toString());
        Markup chip = new Markup();
        chip.linked("data:text/html,<script>", () -> chip.empty("g"));
        assertEquals("<g/>", chip.toString(), "what a data: address would wrap stays, unlinked");
    }
}
