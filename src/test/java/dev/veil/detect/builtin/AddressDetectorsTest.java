package dev.veil.detect.builtin;

import static dev.veil.detect.DetectAssertions.assertFinds;
import static dev.veil.detect.DetectAssertions.assertNothing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.detect.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressDetectorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "us-street-address | lived at 100 Main St | 100 Main St",
        "us-street-address | lived at 100 S Main St | 100 S Main St",
        "us-street-address | North 2800 Clay Edwards Drive | 2800 Clay Edwards Drive",
        "us-street-address | 656 S. Inverness St. | 656 S. Inverness St.",
        "us-street-address | 291 6th Dr. | 291 6th Dr.",
        "us-street-address | at 700 West street now | 700 West street",
        "us-street-address | lives at 12-4B\tOak Avenue | 12-4B\tOak Avenue",
        "us-street-address | 4 Devonshire Ct apt 222 anywhere | 4 Devonshire Ct apt 222",
        "us-street-address | 445 Minnesota Street, Suite 175 | 445 Minnesota Street, Suite 175",
        "us-street-address | ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500 now | 1600 Pennsylvania Avenue NW, Washington, DC 20500",
        "us-street-address | 742 Evergreen Terrace\\nSpringfield, Oregon 97403 | 742 Evergreen Terrace\\nSpringfield, Oregon 97403",
        "us-street-address | posted to 27 Kestrel Close, Bristol BS16 4RT. | 27 Kestrel Close, Bristol BS16 4RT",
        "us-street-address | Flat 12, 9 Station Road, Cambridge CB1 2JW | 9 Station Road, Cambridge CB1 2JW",
        "us-street-address | 10 Downing Street\\nLondon\\nSW1A 2AA | 10 Downing Street\\nLondon\\nSW1A 2AA",
        "us-street-address | 221 Baker Street NW1 6XE | 221 Baker Street NW1 6XE",
        "us-street-address | from 3120 Martin Luther King Jr. Blvd, Sacramento, CA 95817; ok | 3120 Martin Luther King Jr. Blvd, Sacramento, CA 95817",
        "ca-city-postcode | from 45 Rue Sainte-Catherine Est, Montréal, QC H2X 1K4 last | Montréal, QC H2X 1K4",
        "ca-city-postcode | Office: Toronto, ON M5V 3L9 | Toronto, ON M5V 3L9",
        "ca-city-postcode | Yellowknife NT X1A2N1 | Yellowknife NT X1A2N1",
        "au-town-postcode | Lot 9, Old Quarry Road, Toowoomba QLD 4350. | Toowoomba QLD 4350",
        "au-town-postcode | 12 King St, Sydney NSW 2000 today | Sydney NSW 2000",
        "au-town-postcode | PO Box 77, Alice Springs NT 0871 | Alice Springs NT 0871",
        "eu-street-address | new address Storgatan 18, 411 38 Göteborg. | Storgatan 18, 411 38 Göteborg",
        "ie-town-eircode | live at 4 Ashgrove, Ennis, Co. Clare V95 F6R3. | Ennis, Co. Clare V95 F6R3",
        "ie-town-eircode | Apartment 22, Dock Road, Limerick V94 K2E1. | Limerick V94 K2E1",
        "ie-town-eircode | Cois Abhann, Ballymore, Co. Westmeath N91X2C4 | Ballymore, Co. Westmeath N91X2C4",
        "po-box | letters to P.O. Box 1187, Bozeman, MT 59771. | P.O. Box 1187, Bozeman, MT 59771",
        "po-box | mail to PO Box 3340, Station Main, Edmonton AB T5J 2G8. | PO Box 3340, Station Main, Edmonton AB T5J 2G8",
        "po-box | at Box 17, Yellowknife, NT X1A 2N1, and | Box 17, Yellowknife, NT X1A 2N1",
        "po-box | will be PO Box 512, Fremantle WA 6959. | PO Box 512, Fremantle WA 6959",
        "po-box | Office, PO Box 4410, Kingston 6, Jamaica. | PO Box 4410",
        "po-box | GPO Box 77, Alice Springs NT 0871 | GPO Box 77, Alice Springs NT 0871",
        "po-box | Private Bag 92019, Auckland 1142 | Private Bag 92019, Auckland 1142",
        "po-box | P O BOX 7, LONDON W1A 1AA | P O BOX 7, LONDON W1A 1AA",
        "po-box | write to po box 55 today | po box 55",
        "po-box | Post Office Box 12 | Post Office Box 12",
        "eu-street-address | Property: Hauptstraße 5, 10827 Berlin | Hauptstraße 5, 10827 Berlin",
        "eu-street-address | Jürgen Weber;Lindenstraße 14, 50674 Köln;+49 221 555012 | Lindenstraße 14, 50674 Köln",
        "eu-street-address | an die Karl-Marx-Allee 3\\n10178 Berlin senden | Karl-Marx-Allee 3\\n10178 Berlin",
        "eu-street-address | Berliner Straße 12a, 60311 Frankfurt am Main | Berliner Straße 12a, 60311 Frankfurt",
        "eu-street-address | Jean-Luc Moreau\\n45 rue de Rivoli, 75001 Paris\\nDear | 45 rue de Rivoli, 75001 Paris",
        "eu-street-address | Rosa Martínez\\nCalle Mayor 12, 28013 Madrid | Calle Mayor 12, 28013 Madrid",
        "eu-street-address | deeds for Rua das Flores 88, 4050-265 Porto. | Rua das Flores 88, 4050-265 Porto",
        "eu-street-address | Via Roma 1, 20121 Milano | Via Roma 1, 20121 Milano",
        "eu-street-address | Keizersgracht 123, 1015 CJ Amsterdam | Keizersgracht 123, 1015 CJ Amsterdam",
        "eu-street-address | billing address: Calle de Alcalá 112, 3º B, 28009 Madrid. | Calle de Alcalá 112, 3º B, 28009 Madrid",
        "eu-street-address | Avenida de la Constitución 4, 2ª izq., 41001 Sevilla | Avenida de la Constitución 4, 2ª izq., 41001 Sevilla",
        "eu-street-address | of ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa. | ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa",
        "eu-street-address | Adres: al. Jerozolimskie 44\\n00-024 Warszawa | al. Jerozolimskie 44\\n00-024 Warszawa",
        "eu-street-address | is Bağdat Caddesi No. 214, 34728 Kadıköy/İstanbul. | Bağdat Caddesi No. 214, 34728 Kadıköy/İstanbul",
        "eu-street-address | (Atatürk Bulvarı No: 45, 06420 Çankaya/Ankara) | Atatürk Bulvarı No: 45, 06420 Çankaya/Ankara",
        "eu-street-address | at İstiklal Caddesi No. 142, Beyoğlu, 34430 İstanbul. | İstiklal Caddesi No. 142, Beyoğlu, 34430 İstanbul",
        "eu-street-address | Avenida Juárez 3419, Col. Centro\\n06050 Ciudad de México | Avenida Juárez 3419, Col. Centro\\n06050 Ciudad",
        "intl-street-address | courier to House 12, Road 5, Dhanmondi, Dhaka 1205. Thanks | House 12, Road 5, Dhanmondi, Dhaka 1205",
        "intl-street-address | House 7, Road 11, Banani, Dhaka-1213 | House 7, Road 11, Banani, Dhaka-1213",
        "intl-street-address | The defendant, of No. 14, 3rd Cross, Indiranagar, Bengaluru 560038, did not | No. 14, 3rd Cross, Indiranagar, Bengaluru 560038",
        "intl-street-address | sent to 5-2-1 Minatomirai, Nishi-ku, Yokohama 220-0012. | 5-2-1 Minatomirai, Nishi-ku, Yokohama 220-0012",
        "intl-street-address | Ship to Park Ji-hoon, Apt 1203, 21 Seongsui-ro, Seongdong-gu, Seoul 04783. | Apt 1203, 21 Seongsui-ro, Seongdong-gu, Seoul 04783",
        "intl-street-address | home address Room 501, No. 18, Lane 200, Huaihai Road, Xuhui District, Shanghai 200031 | Room 501, No. 18, Lane 200, Huaihai Road, Xuhui District, Shanghai 200031",
        "intl-street-address | Permanent address: House No. 27, Sector 15, Chandigarh 160015\\nPAN: ABCPR1234K | House No. 27, Sector 15, Chandigarh 160015",
        "intl-street-address | to Chinedu Okeke, Plot 14, Admiralty Way, Lekki Phase 1, Lagos 106104. | Plot 14, Admiralty Way, Lekki Phase 1, Lagos 106104",
        "intl-street-address | the rent at B-204, Sai Residency, Baner Road, Pune 411045 went up | B-204, Sai Residency, Baner Road, Pune 411045",
        "intl-street-address | Flat 3B, Green View Apartments\\nMG Road\\nNavi Mumbai 400 703 | Flat 3B, Green View Apartments\\nMG Road\\nNavi Mumbai 400 703",
        "intl-street-address | the landlord at 45 Sukhumvit Soi 11, Khlong Toei Nuea, Bangkok 10110 says | 45 Sukhumvit Soi 11, Khlong Toei Nuea, Bangkok 10110",
        "eu-street-address | at Storgatan 14, 3 tr, 114 51 Stockholm, Sweden | Storgatan 14, 3 tr, 114 51 Stockholm",
        "eu-street-address | wohnhaft Schillerstraße 44, 2. OG, 60313 Frankfurt am Main, ist | Schillerstraße 44, 2. OG, 60313 Frankfurt",
        "eu-street-address | valuation of Andrássy út 47, 1061 Budapest, Hungary | Andrássy út 47, 1061 Budapest",
        "eu-street-address | keys at Bygdøy allé 23, 0262 Oslo. | Bygdøy allé 23, 0262 Oslo",
        "eu-street-address | title to Keizersgracht 452-III, 1016 GD Amsterdam will | Keizersgracht 452-III, 1016 GD Amsterdam",
        "eu-street-address | Guarantor, Bağdat Caddesi No: 310, Daire 6, Caddebostan, 34728 Kadıköy/İstanbul | Bağdat Caddesi No: 310, Daire 6, Caddebostan, 34728 Kadıköy/İstanbul",
        "eu-street-address | Avenida Insurgentes Sur 1602, Piso 4, Col. Crédito Constructor, Benito Juárez, 03940 Ciudad de México | Avenida Insurgentes Sur 1602, Piso 4, Col. Crédito Constructor, Benito Juárez, 03940 Ciudad",
        "intl-street-address | returns from 79 Centum jungang-ro, Haeundae-gu, Busan 48058. | 79 Centum jungang-ro, Haeundae-gu, Busan 48058",
        "intl-street-address | to view Rua Visconde de Pirajá 550, apto 1201, Ipanema, Rio de Janeiro - RJ, 22410-002 at 15h | Rua Visconde de Pirajá 550, apto 1201, Ipanema, Rio de Janeiro - RJ, 22410-002",
        "intl-street-address | Endereço: Rua Oscar Freire, 1290, apto 84, Jardins, São Paulo - SP, 01426-001 | Rua Oscar Freire, 1290, apto 84, Jardins, São Paulo - SP, 01426-001",
        "intl-street-address | for the taxi: Jl. Monkey Forest No. 28, Ubud, Gianyar, Bali 80571, Indonesia | Jl. Monkey Forest No. 28, Ubud, Gianyar, Bali 80571",
        "intl-street-address | at C-502, Lodha Paradise, Majiwada, Thane West, Maharashtra 400601. Contact | C-502, Lodha Paradise, Majiwada, Thane West, Maharashtra 400601",
        "intl-street-address | Mine: Blk 7 Lot 22, Camella Homes, Barangay Molino III, Bacoor, Cavite 4102. | Blk 7 Lot 22, Camella Homes, Barangay Molino III, Bacoor, Cavite 4102",
        "intl-street-address | Yes, it is Plot 17, Admiralty Way, Lekki Phase 1, Lagos.\\nMS K: Thanks | Plot 17, Admiralty Way, Lekki Phase 1, Lagos",
        "intl-street-address | Registered office: Office 1402, Al Moosa Tower 2, Sheikh Zayed Road, Dubai, UAE. | Office 1402, Al Moosa Tower 2, Sheikh Zayed Road, Dubai, UAE",
        "intl-street-address | in her flat at Carrera 7 # 45-12, Apto 302, Bogotá. | Carrera 7 # 45-12, Apto 302, Bogotá",
        "intl-street-address | Address: House No. 14, Abafum Avenue, Dansoman, Accra, Ghana\\nDoctor | House No. 14, Abafum Avenue, Dansoman, Accra, Ghana",
        "intl-street-address | Plot 12, Msasani Road, Oyster Bay,\tDar es Salaam, Tanzania. | Plot 12, Msasani Road, Oyster Bay,\tDar es Salaam, Tanzania",
        "po-box | address: P.O. Box 62345-00200, Nairobi, Kenya | P.O. Box 62345-00200",
        "po-box | Cape Town, Private Bag X3, Rondebosch 7701, South Africa | Private Bag X3, Rondebosch 7701",
        "po-box | Office, P.O. Box LG 1149, Legon, Accra, Ghana. | P.O. Box LG 1149",
        "us-city-state-zip | Springfield, IL 62704-1234 | Springfield, IL 62704-1234",
        "us-city-state-zip | office: Salt Lake City, UT  84101. | Salt Lake City, UT  84101",
        "us-city-state-zip | Austin, TX 78701 | Austin, TX 78701",
        "us-zip-code | the zip is 90210. | 90210",
        "us-zip-code | zip code 90213-1544 in california | 90213-1544",
        "us-zip-code | and he lived in 90210. | 90210",
        "uk-postcode | My address is SW1A 1AA in London | SW1A 1AA",
        "uk-postcode | EC1A1BB | EC1A1BB",
        "uk-postcode | GIR 0AA | GIR 0AA",
        "uk-postcode | M1 1AA | M1 1AA",
        "uk-postcode | sent from CR2 6XH, then W1A 0AX | CR2 6XH",
        "uk-postcode | sent from CR2 6XH, then W1A 0AX | W1A 0AX",
    })
    void findsStreetAddressesZipCodesAndPostcodes(String detector, String text, String value) {
        assertFinds(ContactTestSupport.detector(detector), EntityType.ADDRESS, text.replace("\\n", "\n"),
                value.replace("\\n", "\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Tick box 3 on the form and sign below.",
        "Put 12 items in box 4, Shelf B.",
        "The box 17 cm wide arrived.",
        "Inbox 12, Outbox 3",
        "a bag 20 kg heavy",
        "mailbox 5, Leeds LS1 4AP",
    })
    void aBoxIsAnAddressOnlyAsAPostOfficesOrWithItsTownAndPostcode(String text) {
        assertNothing(ContactTestSupport.detector("po-box"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The IBM WA 1234 printer",
        "NSW 2000 and QLD 4000 are postcodes",
        "Order 12 Units QLD 43500",
        "Model X ON M5V 3L9",
        "Toronto, ZZ M5V 3L9",
        "Toronto, ON D5V 3L9",
        "Sydney NSW 20001",
    })
    void aTownLineNeedsATownACodeAndAPostcodeOfItsCountry(String text) {
        assertNothing(ContactTestSupport.detector("ca-city-postcode"), text);
        assertNothing(ContactTestSupport.detector("au-town-postcode"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Model N91 X2C4 printer",
        "Order, Part B12 3456 in stock",
        "Ennis, Co. Clare V95 F6R34",
        "Ennis, Co. Clare V95 FBR",
        "Ennis, Co. Clare B95 F6R3",
        "Limerick, V94 K2E1-A",
    })
    void anEircodeIsAnAddressAfterACountyOrAnAddressLinesComma(String text) {
        assertNothing(ContactTestSupport.detector("ie-town-eircode"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I bought 3 apples on the street",
        "the zip is 90210abd.",
        "he lived in 9021032.",
        "he lived for 90210 days",
        "order 90210 shipped",
        "QA1 1AA", "VA1 1AA", "M1 1CA", "M1 1AI", "1A1 1AA", "ABCM11AADEF",
        "chapter 12 of the book",
        "Austin, TX 787011", "Austin, TX 78701-", "SW1A 1AAB",
        "2020-10-11T13:14:01Z INFO request id=e676ff94 user=olivia40",
        "card 4350 3833 6878 3765 was charged",
        "Plaza 3, 2019 Annual Report",
        "Revenue in 2019, 12345 Units sold",
        "see Ring 4, 2021 Edition",
        "Route 66, 1985 Corvette",
        "Smith et al. 2019, 28009 Madrid",
        "see al. 12, 00-514 Warszawa",
        "scored 12-15, 00-514 Warszawa",
        "Table 3º B, 28009 Madrid",
        "Model No. 214, 34728 Kadıköy",
        "Sokak 12, 00-5140 Warszawa",
    })
    void ignoresNumbersWithoutAddressShape(String text) {
        for (String name : new String[] {"us-street-address", "us-city-state-zip", "us-zip-code", "uk-postcode",
            "eu-street-address"}) {
            assertNothing(ContactTestSupport.detector(name), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Chapter 12, Section 3, Report 2019",
        "Invoice 5, Item 12, Road tax, Total 12500",
        "Table 3, Figure 2, Total 45000",
        "Room 12, Main Hall, Conference 2025",
        "House 12, Road 5, Dhanmondi, Dhaka 1205000",
        "House 12, Road 5, Dhanmondi, Dhaka 1205-7",
        "House 12, Road 5, Dhanmondi, Dhaka 1205abc",
        "House 12, Road 5 Dhaka 1205",
        "House 12, Dhanmondi, Dhaka 1205",
        "Dhanmondi, Item 5, Dhaka 1205",
        "Report 5, Annex 3, Dhaka 1205",
        "12 Angry Men, Warner, Studio 50000",
        "the team of 12, main road works, Budget 45000",
        "Flat 3, Main Road, Tel 4455667",
        "No. 5, Vol. 12, Journal 2019",
        "Room 12, Main Hall, Capacity 1200",
        "House 12, Road 5, Dhanmondi, total 1205",
        "Yokohama 220-00123, Nishi-ku, 5-2-1",
        "Flight 12, Terminal 3, Lagos",
        "1111 Constitution Ave. NW, IR-6526",
        "Chapter 5, Main ideas, Lima",
        "12 Angry Men, Dubai",
        "Room 4, Building 2, Lagos",
        "Plot 17, Admiralty Way, Lekki Phase 1, Lagosian food",
        "Plot 17, Admiralty Way, Lekki Phase 1 Lagos",
        "Plot 12, Msasani Road, Oyster Bay, Dar es  Salaam",
        "Plot 12, Msasani Road, Oyster Bay, dar es salaam",
        "House 5, Ring Road, Osu, XAccra",
        "House 5, Ring Road, Osu,Accra-North",
    })
    void aTownAndPostcodeNeedAHouseAndAnAddressWordBeforeThem(String text) {
        assertNothing(ContactTestSupport.detector("intl-street-address"), text.replace("\\n", "\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "100 Main St | true",
        "291 6th Dr. | true",
        "700 West street | true",
        "12-4B\tOak Avenue | true",
        "01Z INFO request | false",
        "4350 3833 6878 | false",
        "1 212-555-0954 | false",
        "12 5 Oak St | false",
        "100 N main st | false",
        "100 Main, St | false",
    })
    void houseNumberGateWantsANameWordThenANameOrASuffix(String text, boolean expected) {
        assertEquals(expected, AddressDetectors.houseNumberBeforeWord(text.replace("\\t", "\t"), 0), text);
    }
}
