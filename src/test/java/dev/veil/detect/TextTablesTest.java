package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTablesTest {
    /** Each labelled cell as "KIND=value". */
    private static List<String> cells(String text) {
        TextTables t = new TextView(text).shared(TextTables.PASS);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < t.count(); k++) {
            out.add(t.kind(k) + "=" + text.substring(t.start(k), t.end(k)));
        }
        return out;
    }

    @Test
    void labelsTheCellsUnderAPersonsAndAnAddresssHeader() {
        String text = "Accounts\n"
                + "ACCT      HOLDER                  ADDRESS\n"
                + "5510021   Okafor, Chinonso        22 Herbert Macaulay Way, Yaba, Lagos\n"
                + "5510022   Mensah, Akua            c/o Tema branch\n"
                + "\n"
                + "Okafor  Lagos\n";
        assertEquals(List.of("PERSON_ROLE=Okafor, Chinonso", "ADDRESS=22 Herbert Macaulay Way, Yaba, Lagos",
                "PERSON_ROLE=Mensah, Akua", "ADDRESS=c/o Tema branch"), cells(text));
    }

    @Test
    void readsColumnsByPositionWhereValuesAreWiderOrRightAligned() {
        String text = "EMP#  SURNAME          FORENAME     NET PAY\n"
                + "1001  MURPHY           SEÁN            4,210.00\n"
                + "1002  NGUYEN           THANH HUONG     3,880.00\n";
        assertEquals(List.of("PERSON_NAME=MURPHY", "PERSON_NAME=SEÁN", "PERSON_NAME=NGUYEN", "PERSON_NAME=THANH HUONG"),
                cells(text));
    }

    @Test
    void readsTabSeparatedColumnsByPosition() {
        String text = "id\tname\tcity\n7\tAnn Lee\tLyon\n8\tBo Chen\tLille\n";
        assertEquals(List.of("PERSON_ROLE=Ann Lee", "PERSON_ROLE=Bo Chen"), cells(text));
    }

    @Test
    void endsTheTableAtALineThatDoesNotLineUp() {
        String text = "NAME        CITY\nAnn Lee     Lyon\nThe meeting  went on   until late   and then we left.\nBo Chen     Lille\n";
        assertEquals(List.of("PERSON_ROLE=Ann Lee"), cells(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SKU      DESCRIPTION              QTY   LOCATION\nA-1001   Lincoln Desk Organiser   120   AISLE 4\n",
        "Please send the name  and address  to me.\nAnn Lee  Lyon\n",      // prose with double spaces: a cell is no label
        "CODE  COUNTRY        CAPITAL\nGH    Ghana          Accra\n",     // no person's or address's column
        "NAME\nAnn Lee\n",                                                 // one column: a list, not a table
        "NAME: Ann Lee  CITY: Lyon\n",                                     // labelled fields, not a header
    })
    void findsNoTableWhereNoneIs(String text) {
        assertEquals(List.of(), cells(text));
    }
}
