package org.chainatlas.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void ideographsTakeTwoColumnsAndLatinOne() {
        assertEquals(6, DisplayWidth.of("蚂蚁链"));
        assertEquals(10, DisplayWidth.of("FISCO BCOS"));
        assertEquals(8, DisplayWidth.of("36氪星球日报".substring(0, 2) + "星球日"));
    }

    @Test
    void fullwidthFormsAndCjkPunctuationTakeTwo() {
        assertEquals(2, DisplayWidth.of("（"));
        assertEquals(2, DisplayWidth.of("）"));
        assertEquals(2, DisplayWidth.of("、"));
        assertEquals(2, DisplayWidth.of("。"));
        assertEquals(2, DisplayWidth.of("Ａ"), "fullwidth Latin");
        assertEquals(4, DisplayWidth.of("钛媒体（链得得）".substring(3, 5)), "（链");
    }

    @Test
    void kanaAndHangulTakeTwoButHalfwidthKanaOne() {
        assertEquals(2, DisplayWidth.of("ア"));
        assertEquals(2, DisplayWidth.of("あ"));
        assertEquals(2, DisplayWidth.of("한"));
        assertEquals(1, DisplayWidth.of("ｱ"), "U+FF71 is halfwidth");
    }

    @Test
    void combiningMarksAndFormatCharactersTakeNone() {
        assertEquals(0, DisplayWidth.of("\u0301"));
        assertEquals(1, DisplayWidth.of("e\u0301"));
        assertEquals(0, DisplayWidth.of("\u200B"), "zero width space");
        assertEquals(0, DisplayWidth.of("\u1161"), "Hangul medial vowel joins its syllable");
        assertEquals(0, DisplayWidth.of("\u3099"), "combining kana voiced mark, inside a wide block");
    }

    @Test
    void measuresCodePointsNotChars() {
        String extensionB = new String(Character.toChars(0x20000));
        assertEquals(2, extensionB.length());
        assertEquals(2, DisplayWidth.of(extensionB));
        assertEquals(2, DisplayWidth.of(new String(Character.toChars(0x1F600))), "emoji");
    }

    @Test
    void rangeEdgesAreExact() {
        assertEquals(1, DisplayWidth.of(0x10FF));
        assertEquals(2, DisplayWidth.of(0x1100));
        assertEquals(2, DisplayWidth.of(0x115F));
        assertEquals(1, DisplayWidth.of(0x303F), "halfwidth ideographic space");
        assertEquals(2, DisplayWidth.of(0x3000), "ideographic space");
        assertEquals(2, DisplayWidth.of(0x9FFF));
        assertEquals(2, DisplayWidth.of(0xFF60));
        assertEquals(1, DisplayWidth.of(0xFF61));
        assertEquals(1, DisplayWidth.of(0x2014), "em dash is ambiguous: one column");
        assertEquals(1, DisplayWidth.of(0x2713), "check mark");
    }

    @Test
    void truncatesByColumnsWithAnEllipsis() {
        assertEquals("中国物…", DisplayWidth.truncate("中国物流与采购联合会", 7));
        assertEquals("中国物…", DisplayWidth.truncate("中国物流与采购联合会", 8), "a wide character that does not fit is left out");
        assertEquals("FISCO BCOS", DisplayWidth.truncate("FISCO BCOS", 10));
        assertEquals("FISCO B…", DisplayWidth.truncate("FISCO BCOS", 8));
    }

    @Test
    void neverCutsInsideACharacter() {
        String b = new String(Character.toChars(0x20000));
        assertEquals(b + "…", DisplayWidth.truncate(b + b + b, 4));
        assertEquals("e\u0301…", DisplayWidth.truncate("e\u0301e\u0301e\u0301", 2), "the mark stays with its letter");
    }

    @Test
    void padsToDisplayWidth() {
        assertEquals("蚂蚁链    ", DisplayWidth.pad("蚂蚁链", 10, false));
        assertEquals("    蚂蚁链", DisplayWidth.pad("蚂蚁链", 10, true));
        assertEquals("蚂蚁链", DisplayWidth.pad("蚂蚁链", 4, false));
    }
}
