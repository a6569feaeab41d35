package dev.veil.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.detect.EntityType;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SensitivityTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''                         | NONE",
        "NAME=0                     | NONE",
        "DATE_TIME=1                | LOW",
        "EMAIL=1                    | LOW",
        "NAME=3                     | LOW",
        "URL=9                      | LOW",
        "URL=10                     | MEDIUM",
        "NAME=1,EMAIL=1             | MEDIUM",
        "NAME=1,PHONE=2             | MEDIUM",
        "NAME=1,ADDRESS=1           | MEDIUM",
        "EMAIL=1,PHONE=1            | LOW",
        "SSN=1                      | HIGH",
        "NAME=1,CREDIT_DEBIT_NUMBER=1 | HIGH",
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER=1 | HIGH",
        "AWS_SECRET_KEY=1           | HIGH",
        "DE_TAX_ID=1                | HIGH",
    })
    void levelFollowsTheRule(String counts, Sensitivity expected) {
        assertEquals(expected, Sensitivity.of(parse(counts)));
    }

    static Map<EntityType, Integer> parse(String counts) {
        Map<EntityType, Integer> m = new EnumMap<>(EntityType.class);
        for (String part : counts.split(",")) {
            if (!part.isBlank()) {
                String[] kv = part.trim().split("=");
                m.put(EntityType.valueOf(kv[0]), Integer.parseInt(kv[1]));
            }
        }
        return m;
    }
}
