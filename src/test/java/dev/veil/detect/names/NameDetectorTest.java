package dev.veil.detect.names;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;
import static dev.veil.detect.DetectAssertions.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.EntityType;
import dev.veil.detect.Finding;
import dev.veil.detect.TextView;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NameDetectorTest {
    private static final NameDetector NAMES = NameDetector.create();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Margaret Ellison called about the invoice.          | Margaret Ellison
            Please forward this to Michael O'Brien in legal.    | Michael O'Brien
            Catherine Smith-Jones chairs the board.             | Catherine Smith-Jones
            The file was reviewed by John F. Kennedy on Monday. | John F. Kennedy
            Anna van der Berg is our contact in Rotterdam.      | Anna van der Berg
            Siobhan McAllister requested a refund.              | Siobhan McAllister
            J. R. Tolliver filed the claim.                     | J. R. Tolliver
            Emily Carter's account was credited.                | Emily Carter
            MARY JOHNSON                                        | MARY JOHNSON
            Will Harrington is the new project lead.            | Will Harrington
            April Kowalski starts on Monday.                    | April Kowalski
            Call Mary Smith on her mobile.                      | Mary Smith
            Ask Jane Smith about it.                            | Jane Smith
            """)
    void findsFirstNameAndSurname(String text, String name) {
        assertFinds(NAMES, EntityType.NAME, text, name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dr. Patel reviewed the scan.                  | Patel
            Referred by Dr Okafor for a consult.          | Okafor
            Mrs Thompson reported dizziness.              | Thompson
            Prof. Helena Weiss will give the keynote.     | Helena Weiss
            Doctor James Smith                            | James Smith
            Sgt. Dwayne Harris filed the report.          | Dwayne Harris
            Dear Ms. Alvarez:                             | Alvarez
            """)
    void aTitleMakesEvenALoneSurnameAName(String text, String name) {
        assertFinds(NAMES, EntityType.NAME, text, name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Dear Priya, thanks for the update.'       | Priya
            'Hi Kwame, the build is green.'            | Kwame
            'Dear Xochitl Quispe,'                     | Xochitl Quispe
            'Sincerely, Thomas'                        | Thomas
            'Best, Daniel'                             | Daniel
            'Name: Sofia Marquez'                      | Sofia Marquez
            'Patient name: Okonjo'                     | Okonjo
            'APPLICANT NAME: DAVID NGUYEN'             | DAVID NGUYEN
            'From: Lucas Moreau <l@example.org>'       | Lucas Moreau
            'My name is Ingrid and I need help.'       | Ingrid
            'Hi, this is Jessica from the clinic.'     | Jessica
            'I am Marcus and I need help.'             | Marcus
            'Rachel said the report is late.'          | Rachel
            'Kevin lives in Ohio with his wife Emily.' | Emily
            """)
    void aCueMakesALoneOrUnknownNameAName(String text, String name) {
        assertFinds(NAMES, EntityType.NAME, text, name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Smith, John'                          | Smith, John
            'Garcia, Maria - Claims Adjuster'      | Garcia, Maria
            '101,Laura,Fischer,lf@example.com'     | Laura
            '101,Laura,Fischer,lf@example.com'     | Fischer
            'Ahu,Amanda D,MD -General Surgery'     | Ahu
            'Specimen label: ABDULLAHI, Musa | DOB' | ABDULLAHI, Musa
            'Ward 6: BARKER, Susan Elaine; and'    | BARKER, Susan Elaine
            """)
    void findsInvertedCsvAndSplitNames(String text, String name) {
        assertFinds(NAMES, EntityType.NAME, text, name);
    }

    @Test
    void findsANameSplitAcrossALineBreakButNotAHeadingAfterIt() {
        assertFinds(NAMES, EntityType.NAME, "Mary\nSmith\n42 Elm Road", "Mary\nSmith");
        assertFinds(NAMES, EntityType.NAME, "Regards,\nJohn Carter\nThe Team", "John Carter");
        assertFinds(NAMES, EntityType.NAME, "Attendees:\nJohn Carter\nDavid Lee\n", "John Carter");
        assertFinds(NAMES, EntityType.NAME, "Attendees:\nJohn Carter\nDavid Lee\n", "David Lee");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Per Sandra's note, the team moves in May.'               | Sandra
            'Rohan and I reviewed the draft.'                         | Rohan
            'The twins, Hugo and Felix, start school in September.'   | Hugo
            'The twins, Hugo and Felix, start school in September.'   | Felix
            'After retiring, Harold and his wife moved to Devon.'     | Harold
            'Next steps: Olga to draft the policy.'                   | Olga
            'Nadia: can someone cover my shift?'                      | Nadia
            'Thanks for the update.\nFrancesca'                       | Francesca
            'Can you update the client? -- Samantha'                  | Samantha
            'beloved wife of Albert, mother of Joan'                  | Albert
            'Our grandmother Rosa emigrated in 1955.'                 | Rosa
            'Claire noted that the newsletter was late.'              | Claire
            'first_name: Aarav | last_name: Shah | dept: Finance'     | Aarav
            'first_name: Aarav | last_name: Shah | dept: Finance'     | Shah
            'Surname: KOWALCZYK'                                      | KOWALCZYK
            'Met with Rachel about the roadmap.'                      | Rachel
            'Annual leave approved by Shauna.'                        | Shauna
            'Eleanor closed the shutters and listened to the rain.'   | Eleanor
            'Amara has shown great improvement this term.'            | Amara
            'Occupational therapist Ruth assessed mobility.'          | Ruth
            'Caller Thanawat Srisuk wants the contract in Thai.'      | Thanawat Srisuk
            'Our Uber driver, Tesfaye, recommended a restaurant.'     | Tesfaye
            'Driver: Keanu'                                           | Keanu
            'A 67-year-old man, Ronald Pike, was rescued.'            | Ronald Pike
            'Ask for Aidan in goods-in.'                              | Aidan
            'Landed safely!\nLove,\nTolu'                              | Tolu
            'I have reported it to Vanessa at the depot twice.'       | Vanessa
            'Tickets are available from Brenda at the door.'          | Brenda
            'Gareth noted that the audit is due in September.'        | Gareth
            'A warm welcome to Tenzin, who joins Year 3.'             | Tenzin
            'Action: Nikhil to circulate the budget.'                 | Nikhil
            'Will and I are getting married!'                         | Will
            'Grace and me went to the market.'                        | Grace
            'Jorge from the council says the bins move to Thursday.'  | Jorge
            'Vanessa at the depot confirmed the pallet left.'         | Vanessa
            'Let me know if Declan needs anything else.'              | Declan
            """)
    void whatStandsAroundALoneFirstNameCanMakeItAName(String text, String name) {
        assertFinds(NAMES, EntityType.NAME, text, name);
    }

    @Test
    void aWordOfANameFoundOnceIsFoundWhereverItStandsAlone() {
        String text = "Mary Kowalski joined in May. The Kowalski account is hers; ask Kowalski. Dr. Okafor agreed, "
                + "and Okafor's team signed. Alexander Petrov of Petrov Holdings called.";
        List<String> values = reported(NAMES, text).stream().map(f -> text.substring(f.start(), f.end())).toList();
        assertEquals(List.of("Mary Kowalski", "Kowalski", "Kowalski", "Okafor", "Okafor", "Alexander Petrov"), values);
        Finding again = reported(NAMES, text).get(1);
        assertEquals("names:same-name", again.explanation().rule());
        assertFalse(again.explanation().toString().contains("Kowalski"));
    }

    @Test
    void onlyDistinctiveWordsOfAStrongNameAreFoundAgain() {
        // "Grace" and "Will" are ordinary words, "Jordan" a place: found in the name, not alone
        String text = "Grace Wilson and Will Harrington met Jordan Kowalczyk. The grace period ends; Will it? Jordan is far.";
        List<String> values = reported(NAMES, text).stream().map(f -> text.substring(f.start(), f.end())).toList();
        assertEquals(List.of("Grace Wilson", "Will Harrington", "Jordan Kowalczyk"), values);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'hi, my name is sarah jones and my order is late'   | sarah jones
            'hey its jess from 3B, can u let me in?'            | jess
            'i'm priya, the new intern'                         | priya
            'name: priya shah | email: p@example.com'           | priya shah
            """)
    void aNameInLowerCaseAfterAnIntroductionOrANameField(String text, String name) {
        assertFinds(NAMES, EntityType.NAME, text, name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "i'm sorry about the delay",
        "this is great news",
        "my name is on the list",
        "its mark is faint",
        "file_name: report final",
    })
    void lowerCaseWordsAfterAnIntroductionThatAreNotNames(String text) {
        assertNothing(NAMES, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Whitfield, J. R., Okoye, C., & Lindqvist, M. (2021). Sleep.'  | Whitfield, J. R
            'Whitfield, J. R., Okoye, C., & Lindqvist, M. (2021). Sleep.'  | Okoye, C
            'Tanaka H, Müller K, Santos R. Deep learning.'                 | Tanaka H
            'As shown by Kowalski et al. (2018), the effect disappears.'   | Kowalski
            'Cited in Ahmed (2020, p. 45).'                                | Ahmed
            'P. Dario, R. Valeggi, M.C. Carozza, M.C. Montesi and others'  | M.C. Montesi
            """)
    void findsAuthorsInReferences(String text, String name) {
        assertFinds(NAMES, EntityType.NAME, text, name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "History of Parkinson's disease diagnosed 2016.",
        "The Turing test and Moore's law are misunderstood.",
        "A restaurant in Melbourne's Richmond district.",
        "Storm winds reached Cornwall and Brittany overnight.",
        "A spokesperson for Marks & Spencer said the store reopens.",
        "Ref: KL/2291",
        "IBAN\nDE89 3704 0044 0532 0130 00",
        "IBAN: DE89 3704 0044 0532 0130 00",
        "company,country\nPhilips,Netherlands\nSiemens,Germany",
        "Thanks, I'll need him to confirm by phone.",
        "Goldman Sachs International signed the agreement.",
        "Vitamin D, calcium and iron levels were normal.",
        "file_name: Report | company_name: Northwind | username: Orchid",
        "Customer Service will call you back.",
        "Please contact Customer Support with the order number.",
        "The Patient Portal is down for maintenance.",
        "Agent: Done! Ticket closed.",
        "Max speed is 120 km/h.",
        "X-ray ordered for the left wrist.",
        "Hurricane Milton made landfall near Sarasota.",
        "Police said the road would reopen.",
        "Shares in Tesla and Ford fell sharply.",
        "Invoices are signed by Monday and filed with Grace Church.",
        "We flew to Jordan and met with Paris officials.",
        "Collecting taxes on tips: employee Medicare tax is withheld.",
        "Return received from 3120 Martin Luther King Jr. Blvd, Sacramento.",
        "School is closed Monday for Martin Luther King Jr. Day.",
        "The Murphy's law poster in the break room.",
        "Parkinson's UK said the funding would support new posts.",
        "Shares of Morgan Stanley fell 3% after the results.",
        "The Dow Jones closed up 120 points.",
        "She lives at 12 Ronald Pike in town.",
        "The office is in District 1, Ho Chi Minh City.",
        "Your dog Max is due his booster on 14 May.",
        "Sarah's Law allows parents to ask the police.",
        "Flights from Florence to Austin are delayed.",
        "The meeting moved from May to June.",
        "Add 10 ml and bring to Boil.",
        "Upgrade from Windows to Linux this week.",
        "She moved to Manchester from Manila in 2002.",
        "May and I went through the figures.",
        "Sales and I agreed the targets.",
        "Sydney at night is beautiful.",
        "Lincoln at the top of the table again.",
        "Dear Tenant,\nThe lift will be out of service from Monday.",
        "Storm Bert brought gusts of 80 mph to Cornwall.",
        "Kind regards,\nReferrals Team, Lister Clinic",
        "Please make your rent payable to Hartley Estates Ltd.",
        "Remit to:\nPO Box 88012\nChicago, IL 60680-1012",
        "Please contact Thames Water about the leak.",
        "His forwarding address is Bağdat Caddesi No. 214, Kadıköy.",
        "The lift at Lambeth Towers is out of service.",
    })
    void cuesAroundLoneWordsIgnorePlacesFirmsEponymsAndCodes(String text) {
        assertNothing(NAMES, text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "I will send the documents in May 2024.",
        "Please pay the bill before the end of June.",
        "Mark the boxes that apply and return the form.",
        "We hope the new policy will grant more flexibility.",
        "Will you be able to attend?",
        "May I ask a question about my order?",
        "Grant applications close on 30 November.",
        "Our office is at 221 Main Street, Springfield.",
        "Deliver to 45 John Street, Apt 3.",
        "The contract with Mary Smith Ltd was renewed.",
        "Invoices from Johnson & Johnson are paid quarterly.",
        "Meet me at Victoria Station at noon.",
        "Monday 09:30 standup, Wednesday 14:00 review.",
        "Order #48213 shipped on 2024-03-14T10:22:05Z.",
        "Dear Customer, your parcel is on its way.",
        "Dear Sir or Madam,",
        "Hi Team, the release is on Thursday.",
        "We drove from Dallas to Austin on Sunday.",
        "The Washington Monument is closed.",
        "Lake Mary and Fort Worth are places.",
        "Chapter One: The Long Winter",
        "TOTAL AMOUNT DUE BY MAY 31",
        "Roadmap notes from the Rachel workshop.",
        "Microsoft said revenue grew.",
        "The King of Spain visited Madrid.",
        "user_john42 logged in from X1 Carbon",
        "NOTE, Grace period ends Friday.",
        "BBC, Sunday edition",
        "IMPORTANT, Summer opening hours apply.",
        "The claim concerns a Toyota Corolla parked outside.",
        "She stayed at Aurora House last winter.",
        "A fan of Sherlock Holmes stories.",
    })
    void ignoresOrdinaryWordsPlacesCompaniesAndLoneFirstNames(String text) {
        assertNothing(NAMES, text);
    }

    @Test
    void anIntroductionIsACue() {
        assertFinds(NAMES, EntityType.NAME, "I'm Marcus and I need help.", "Marcus");
        assertFinds(NAMES, EntityType.NAME, "I\u2019m Marcus and I need help.", "Marcus");
    }

    @Test
    void leavesThePossessiveOutOfTheFinding() {
        assertFinds(NAMES, EntityType.NAME, "Dr. Patel's office will call.", "Patel");
    }

    @Test
    void explanationsNameTheRuleButNeverTheValue() {
        String text = "Dear Dr. Hargreaves, Margaret Ellison and Smith, John wrote.";
        List<Finding> found = NAMES.detect(new TextView(text));
        assertEquals(3, found.size(), found::toString);
        for (Finding f : found) {
            String why = f.explanation().toString();
            assertTrue(why.startsWith("names:"), why);
            assertFalse(why.contains(text.substring(f.start(), f.end())), why);
            assertEquals("names", f.detector());
        }
    }

    @Test
    void scoresReflectHowStrongTheEvidenceIs() {
        double titled = score("Dr. Kowalski");
        double pair = score("Mary Kowalski");
        double ordinaryFirst = score("Will Kowalski");
        assertTrue(titled > pair && pair > ordinaryFirst, titled + " " + pair + " " + ordinaryFirst);
        assertTrue(ordinaryFirst >= 0.5, "still reported: " + ordinaryFirst);
    }

    private static double score(String text) {
        List<Finding> found = reported(NAMES, text);
        assertEquals(1, found.size(), () -> "one finding in " + text + ": " + found);
        return found.get(0).score();
    }
}
