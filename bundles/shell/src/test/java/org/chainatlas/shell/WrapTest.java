package org.chainatlas.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapTest {

    @Test
    void latinBreaksAtSpaces() {
        assertEquals(List.of("China Academy of", "Information and", "Communications", "Technology (CAICT)"),
                Wrap.lines("China Academy of Information and Communications Technology (CAICT)", 18));
    }

    @Test
    void chineseBreaksBetweenAnyTwoCharactersByDisplayWidth() {
        // 17 characters, 34 columns: 10 characters (20 columns) fit a line of 21.
        assertEquals(List.of("中国物流与采购联合会", "区块链应用分会"), Wrap.lines("中国物流与采购联合会区块链应用分会", 21));
    }

    @Test
    void closingPunctuationNeverStartsALineNorOpeningEndsOne() {
        assertEquals(List.of("区块链服务网", "络（BSN）"), Wrap.lines("区块链服务网络（BSN）", 12));
        for (String text : List.of("钛媒体（链得得）", "金融、司法存证、数据共享。", "星火·链网", "36氪（星球日报）")) {
            for (int width = 6; width <= 12; width++) {
                for (String line : Wrap.lines(text, width)) {
                    assertTrue(!line.matches("^[）、。·].*") && !line.matches(".*[（·]$"), width + ": '" + line + "' of " + text);
                }
            }
        }
    }

    @Test
    void aWordWiderThanTheLineBreaksBetweenCharactersNeverInsideOne() {
        assertEquals(List.of("https://exa", "mple.org/ma", "p"), Wrap.lines("https://example.org/map", 11));
        // U+20000 is one character of two UTF-16 units and two columns; e + combining acute stays whole.
        String rare = "\uD840\uDC00\uD840\uDC00\uD840\uDC00";
        assertEquals(List.of("\uD840\uDC00\uD840\uDC00", "\uD840\uDC00"), Wrap.lines(rare, 5));
        assertEquals(List.of("cafe\u0301", "s"), Wrap.lines("cafe\u0301s", 4));
    }

    @Test
    void noLineIsWiderThanItsRoom() {
        String text = "Blockchain-based Service Network（区块链服务网络）BSN 提供公共区块链资源环境 and more";
        for (int width = 1; width < 40; width++) {
            for (String line : Wrap.hanging("", "", text, width)) {
                assertTrue(DisplayWidth.of(line) <= Math.max(width, 2), width + ": " + line);
            }
        }
    }

    @Test
    void hangingIndentUsesEachLinesOwnRoom() {
        assertEquals(List.of("  Information security"), Wrap.hanging("  ", "    ", "Information security", 22));
        assertEquals(List.of("· CFLP Blockchain", "  Application Branch"),
                Wrap.hanging("· ", "  ", "CFLP Blockchain Application Branch", 21));
    }

    @Test
    void itemsBreakOnlyBetweenItems() {
        assertEquals(List.of("报告数 231 (87%)", "已命名 0"), Wrap.items("", "", List.of("报告数 231 (87%)", "已命名 0"), " · ", 24));
        assertEquals(List.of("报告数 231 (87%) · 已命名 0"), Wrap.items("", "", List.of("报告数 231 (87%)", "已命名 0"), " · ", 30));
        assertEquals(List.of("  Cloud", "    reported 3", "    named 0"),
                Wrap.items("  ", "    ", List.of("Cloud", "reported 3", "named 0"), " · ", 15));
    }

    @Test
    void emptyTextIsOneEmptyLine() {
        assertEquals(List.of(""), Wrap.lines("", 10));
        assertEquals(List.of(""), Wrap.lines("   ", 10));
    }
}
