package org.chainatlas.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWidthTest {

    @Test
    void ideographsAndFullwidthFormsTakeAnEmOthersLess() {
        assertEquals(3.0, TextWidth.em("蚂蚁链"));
        assertEquals(2.0, TextWidth.em("（）"));
        assertEquals(4 * TextWidth.NARROW, TextWidth.em("BSN!"), 1e-9);
        assertEquals(1.0, TextWidth.em("\uD840\uDC00"), "an ideograph outside the BMP counts once");
        assertEquals(TextWidth.NARROW, TextWidth.em("e\u0301"), 1e-9, "a combining accent takes no room");
    }

    @Test
    void latinWrapsBetweenWords() {
        assertEquals(List.of("China Academy of", "Information and", "Communications", "Technology (CAICT)"),
                TextWidth.wrap("China Academy of Information and Communications Technology (CAICT)", 10));
    }

    @Test
    void chineseWrapsBetweenCharactersButNotBeforeClosingPunctuation() {
        assertEquals(List.of("中国物流与采", "购联合会区块", "链应用分会"), TextWidth.wrap("中国物流与采购联合会区块链应用分会", 6));
        List<String> lines = TextWidth.wrap("钛媒体（链得得）", 4);
        assertEquals("钛媒体（链得得）", String.join("", lines));
        lines.forEach(line -> assertFalse(line.startsWith("）"), lines.toString()));
        lines.forEach(line -> assertFalse(line.endsWith("（"), lines.toString()));
    }

    @Test
    void aWordWiderThanTheLineIsSplitButNeverMidCharacter() {
        String word = "\uD840\uDC00\uD840\uDC01\uD840\uDC02\uD840\uDC03";
        List<String> lines = TextWidth.wrap(word, 2);
        assertEquals(List.of("\uD840\uDC00\uD840\uDC01", "\uD840\uDC02\uD840\uDC03"), lines);
        List<String> latin = TextWidth.wrap("Supercalifragilistic", 3);
        assertEquals("Supercalifragilistic", String.join("", latin));
        latin.forEach(line -> assertTrue(TextWidth.em(line) <= 3, line));
    }

    @Test
    void nothingIsDropped() {
        String text = "区块链服务网络（BSN） Blockchain-based Service Network";
        assertEquals(text.replace(" ", ""), String.join("", TextWidth.wrap(text, 5)).replace(" ", ""));
        assertEquals(List.of(""), TextWidth.wrap("", 5));
    }
}
