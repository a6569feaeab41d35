package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A contact list through the Object Lambda handler end to end ({@code veil bench handler --rows
 * people}): its values share their first words ("Mary …", "1-800-…"), which made every other
 * occurrence of a found value a comparison with each value of that first word, so that a list of a
 * few megabytes ran past the handler's deadline and was refused. It is answered now, under the
 * default deadline, with every line kept and every seeded e-mail address gone (the bench checks
 * both and exits non-zero otherwise).
 */
class ContactListHandlerIT {
    @Test
    void aContactListIsRedactedThroughTheHandler() {
        CliRunner.Result r = CliRunner.run("bench", "handler", "--rows", "people", "--mb", "6", "--mode", "redact");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        Matcher m = Pattern.compile("input ([0-9.]+) MB \\((\\d+) rows\\), output [0-9.]+ MB, (\\d+) lines, 0 seeded addresses left")
                .matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Double.parseDouble(m.group(1)) > 6, r.out());
        assertEquals(Long.parseLong(m.group(2)) + 1, Long.parseLong(m.group(3)), "every line (and the header) kept");
    }

    @Test
    void anUnknownKindOfRowsIsAClearError() {
        CliRunner.Result r = CliRunner.run("bench", "handler", "--rows", "planets", "--mb", "1");
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("--rows is members or people"), r.err());
    }
}
