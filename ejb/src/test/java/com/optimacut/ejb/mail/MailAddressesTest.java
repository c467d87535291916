package com.optimacut.ejb.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"olga@example.com", "o.smirnova+orders@workshop.example.ru"})
    void plainAddressIsValid(String address) {
        assertTrue(MailAddresses.isValid(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "olga", "@example.com", "olga@localhost", "Olga <olga@example.com>",
            "a@b.c, d@e.f", "not an address"})
    void otherTextIsInvalid(String address) {
        assertFalse(MailAddresses.isValid(address));
    }
}
