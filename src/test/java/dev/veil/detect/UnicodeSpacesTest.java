package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers set with no-break, figure, thin or ideographic spaces are found like those with plain spaces. */
class UnicodeSpacesTest {
    private static final DetectionEngine ENGINE = DetectionEngine.defaults();

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"00A0", "2007", "2009", "202F", "3000"})
    void aCardAndAPhoneWithUnicodeSpacesAreFoundAtTheirOriginalOffsets(String hex) {
        String sp = String.valueOf((char) Integer.parseInt(hex, 16));
        String card = String.join(sp, "4111", "1111", "1111", "1111");
        String phone = "+44" + sp + "20" + sp + "7946" + sp + "0958";
        String text = "Card " + card + ", call " + phone + ".";
        List<Finding> found = ENGINE.detect(text);
        assertEquals(List.of(EntityType.CREDIT_DEBIT_NUMBER, EntityType.PHONE), found.stream().map(Finding::type).toList());
        assertEquals(card, text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals(phone, text.substring(found.get(1).start(), found.get(1).end()));
    }

    @org.junit.jupiter.api.Test
    void aTextWithoutThemIsNotCopied() {
        String text = "plain ascii and é accents";
        assertSame(text, TextView.plainSpaces(text));
        assertEquals("a b c", TextView.plainSpaces("a\u00a0b\u2009c"));
    }
}
