package org.chainatlas.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

class WidthsTest {

    @Test
    void chineseTakesTwoColumnsLatinOneCombiningMarksNone() {
        assertEquals(6, Widths.columns("蚂蚁链"));
        assertEquals(10, Widths.columns("FISCO BCOS"));
        assertEquals(2, Widths.columns("（"));
        assertEquals(1, Widths.columns("e\u0301"), "e with a combining acute accent");
        assertEquals(2, Widths.columns(0x20000), "a CJK ideograph outside the BMP is one wide character");
        assertEquals(5, Widths.columns("\uD840\uDC00链A"), "a surrogate pair is measured once, as one code point");
        assertEquals(0, Widths.columns(null));
    }

    @Test
    void theWideTableIsOrderedPairsThatHoldOnlyWideCharacters() throws ReflectiveOperationException {
        Field field = Widths.class.getDeclaredField("WIDE");
        field.setAccessible(true);
        int[] wide = (int[]) field.get(null);
        assertEquals(0, wide.length % 2);
        for (int i = 0; i < wide.length; i += 2) {
            assertTrue(wide[i] <= wide[i + 1], "range " + Integer.toHexString(wide[i]));
            if (i > 0) {
                assertTrue(wide[i - 1] + 1 < wide[i], "ranges unsorted or not merged at " + Integer.toHexString(wide[i]));
            }
            // Bounds are wide (or combining, e.g. U+3099), their neighbours outside are not wide.
            assertNotEquals(1, Widths.columns(wide[i]), Integer.toHexString(wide[i]));
            assertNotEquals(1, Widths.columns(wide[i + 1]), Integer.toHexString(wide[i + 1]));
            assertNotEquals(2, Widths.columns(wide[i] - 1), "before " + Integer.toHexString(wide[i]));
            assertNotEquals(2, Widths.columns(wide[i + 1] + 1), "after " + Integer.toHexString(wide[i + 1]));
        }
    }

}
