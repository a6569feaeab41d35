package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.DetectionEngine;
import dev.veil.detect.EntityType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TransliterationTest {
    private static final DetectionEngine ENGINE = DetectionEngine.defaults();

    @ParameterizedTest
    @CsvSource({
            "Иван, ivan, ivan",
            "Соколова, sokolova, sokolova",
            "Дмитрий, dmitry, dmitriy",
            "Наталья, natalya, natalia",
            "Мария, mariya, maria",
            "Юлия, yuliya, iulia",
            "Михаил, mikhail, mihail",
            "ЩУКИН, shchukin, shchukin",
            "Олександр, oleksandr, oleksandr",
            "Ђорђевић, djordjevic, djordjevic",
            "Παπαδόπουλος, papadopoulos, papadopoulos",
            "Ευάγγελος, evangelos, evangelos",
            "Μπάμπης, bampis, bampis",
            "Νίκος, nikos, nikos",
    })
    void spellsInLatinLettersBothWays(String word, String common, String iStyle) {
        assertEquals(common, Transliteration.spell(word, 0, word.length(), false));
        assertEquals(iStyle, Transliteration.spell(word, 0, word.length(), true));
    }

    @Test
    void aCharacterOfNeitherScriptSpellsNothing() {
        assertNull(Transliteration.spell("Иван3", 0, 5, false));
        assertNull(Transliteration.spell("Ivan", 0, 4, false));
        assertTrue(Transliteration.applies('И'));
        assertTrue(Transliteration.applies('Ω'));
        assertFalse(Transliteration.applies('I'));
        assertFalse(Transliteration.applies('山'));
    }

    @Test
    void theListsKnowTheLatinSpellingsAndAWomansSurnameByTheMansForm() {
        NameLexicon lexicon = NameLexicon.shipped();
        assertTrue(WordClass.FIRST_NAME.in(lexicon.classes("Иван", 0, 4)));
        assertTrue(WordClass.FIRST_NAME.in(lexicon.classes("Наталья", 0, 7)));
        int sokolova = lexicon.classes("Соколова", 0, 8);
        assertTrue(sokolova != 0 && !WordClass.FIRST_NAME.in(sokolova), "surname bits only: " + sokolova);
        assertEquals(0, lexicon.classes("Щщщщ", 0, 4));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "Договор подписал Иван Соколов. => Иван Соколов",
            "Контакт: Наталья Петрова, тел. +7 495 123 45 67 => Наталья Петрова",
            "Дмитрий Смирнов и Анна Иванова приехали. => Дмитрий Смирнов|Анна Иванова",
            "Ο Γιώργος Παπαδόπουλος μένει στην Αθήνα. => Γιώργος Παπαδόπουλος",
            "В Москве живёт И. Иванов. => И. Иванов",
    })
    void namesInCyrillicAndGreekAreFound(String text, String expected) {
        assertEquals(List.of(expected.split("\\|")), names(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "В Москве идёт дождь.",
            "Она пошла домой, и всё было хорошо.",
            "Η συνάντηση έγινε στην Αθήνα.",
            "Сумма договора: 1 200 000 рублей.",
    })
    void prosesWordsAreNotNames(String text) {
        assertEquals(List.of(), names(text));
    }

    private static List<String> names(String text) {
        return ENGINE.detect(text).stream().filter(f -> f.type() == EntityType.NAME)
                .map(f -> text.substring(f.start(), f.end())).toList();
    }

}
