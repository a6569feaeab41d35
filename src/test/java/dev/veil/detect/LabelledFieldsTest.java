package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fields of forms and converted exports ({@link FieldLabel}): the value of a field labelled as an
 * address is an ADDRESS, of one labelled as a person's name a NAME, whole; a place's, a thing's
 * and an empty field's value is no name; through the whole engine, as a user's text goes.
 */
class LabelledFieldsTest {
    private static final DetectionEngine ENGINE = DetectionEngine.defaults();

    private static List<String> found(String text, EntityType type) {
        return ENGINE.detect(text).stream().filter(f -> f.type() == type)
                .map(f -> text.substring(f.start(), f.end())).collect(Collectors.toList());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "customer id: 1001 | first name: Aoife | street: 14 Nyhavn | city: København => 14 Nyhavn",
        "id: 8 | fullName (full name): Marta Kowalczyk | street: Nyhavn 18 | zip: 1051 => Nyhavn 18",
        "Home address: Ring Road Central, Accra\\nPhone: 0302 => Ring Road Central, Accra",
        "line1: x | address_line1: Flat 2, Block B, Lok Fu Estate | city: Kowloon => Flat 2, Block B, Lok Fu Estate",
        "shippingAddress (shipping address): ul. Długa 5 m. 3, Gdańsk => ul. Długa 5 m. 3, Gdańsk",
        "Address line 1: 7 Rue des Lilas\\nTown: Lyon => 7 Rue des Lilas",
        "Anschrift: Am Markt 4, Wolfsburg => Am Markt 4, Wolfsburg",
        "customer.1.address=Av. Afonso Pena 1500, Centro, Belo Horizonte\\ncustomer.1.name=Ana => Av. Afonso Pena 1500, Centro, Belo Horizonte",
        "record_id=7731 street=\"14 Hosur Main Road, Koramangala\" city=Bengaluru => 14 Hosur Main Road, Koramangala",
        "address: street: Av. El Sol 814, Dpto. 302 | city: Cusco => Av. El Sol 814, Dpto. 302",
        "KLANTNR  NAAM                  ADRES\\n30012    Fleur ter Horst       Lange Nieuwstraat 7, 3512 PA Utrecht => Lange Nieuwstraat 7, 3512 PA Utrecht",
        "Please list my address as GW-0451-2290, Dome, Accra. Thanks => GW-0451-2290, Dome, Accra",
        "My new address is 45 Hang Bac, Hoan Kiem, Hanoi. See you => 45 Hang Bac, Hoan Kiem, Hanoi",
        "POLICY     INSURED             RISK ADDRESS\\nHH-11022   Bartholomew Ngugi   Ngong Road, Plot 209/7, Nairobi => Ngong Road, Plot 209/7, Nairobi",
    })
    void findsTheValueOfAnAddressField(String text, String address) {
        String t = text.replace("\\n", "\n");
        List<String> got = found(t, EntityType.ADDRESS);
        assertTrue(got.contains(address), () -> "addresses " + got + " in '" + t + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Email address: ann.lee@example.com",
        "IP address: 10.0.0.12",
        "MAC address: 00:1A:2B:3C:4D:5E",
        "web address: www.example.com",
        "address: see above",
        "billing address: N/A",
        "shipping address: same as billing",
        "Home address: REDACTED",
        "Registered address: on file",
        "address: London",
        "address: 0.0.0.0:8080",
        "Address: The customer did not provide one",
        "street name: Main",
        "Please confirm your address: thanks",
        "home_address: not collected",
        "The address is correct.",
        "The address is listed below.",
        "Our address is still the same as last year.",
        "This address is invalid, please check it",
    })
    void findsNoAddressInAFieldThatHoldsNone(String text) {
        List<String> got = found(text, EntityType.ADDRESS);
        assertTrue(got.isEmpty(), () -> "addresses " + got + " in '" + text + "'");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "id: 7 | name: ng ka ho | email: x@example.org => ng ka ho",
        "first name: Aoife | last name: Ní Bhraonáin => Ní Bhraonáin",
        "Surname: NÍ BHRAONÁIN\\nForename: Siobhán => NÍ BHRAONÁIN",
        "customer: nguyen van minh | phone: 0912 555 014 => nguyen van minh",
        "Guest name: GONZÁLEZ PÉREZ, LUCÍA\\nNationality: Argentina => GONZÁLEZ PÉREZ, LUCÍA",
        "Name: Mr John Whitfield\\nDate: 1 May => John Whitfield",
        "first_name=Siddharth last_name=Rao status=active => Rao",
        "badge=4471 holder=\"Seán Ó Broin\" door=MAIN => Seán Ó Broin",
        "Nachname: Weißmann | Vorname: Jonas => Weißmann",
        "fullName (full name): Laila Haddad | department: Legal => Laila Haddad",
        "EMP#  SURNAME          FORENAME     DEPT\\n1003  OYELOWO          DAMILOLA     IT => OYELOWO",
        "ROLL  NAME                    GUARDIAN\\n01    Aarav Patel             Nikhil Patel => Nikhil Patel",
        "CLIENTE                  DIRECCIÓN\\nValentina Castro Muñoz   Av. Providencia 1208, Santiago => Valentina Castro Muñoz",
    })
    void findsTheWholeValueOfANameField(String text, String name) {
        String t = text.replace("\\n", "\n");
        List<String> got = found(t, EntityType.NAME);
        assertTrue(got.contains(name), () -> "names " + got + " in '" + t + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "city: Hong Kong | country: HK",
        "state: Georgia | city: Austin",
        "room: Ada Lovelace | time: 09:30",
        "product name: Marco Polo Travel Adapter | supplier: Lindqvist Trading AB",
        "bank name: Stanbic IBTC",
        "manager: null | region: London West",
        "assigned to: pool",
        "name: Quarterly report",
        "company: Casa Verde Alimentos Ltda",
        "display name: Support Team",
        "customer: Acme Holdings Ltd",
        "name: billing-api",
    })
    void findsNoNameInAFieldThatHoldsNoPerson(String text) {
        List<String> got = found(text, EntityType.NAME);
        assertTrue(got.isEmpty(), () -> "names " + got + " in '" + text + "'");
    }
}
