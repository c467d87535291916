package com.optimacut.ejb.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ServiceMessagesTest {

    @Test
    void russianIsDefaultForUnsupportedLanguage() {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            assertEquals("Выберите хотя бы одну роль.",
                    ServiceMessages.format(Locale.GERMAN, "user.roles.empty"));
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void englishIsAvailable() {
        assertEquals("Choose at least one role.", ServiceMessages.format(Locale.ENGLISH, "user.roles.empty"));
    }

    @Test
    void argumentsAreFilledIn() {
        assertEquals("A user with the login \"olga\" already exists.",
                new BusinessException("user.username.taken", "olga").localizedMessage(Locale.ENGLISH));
    }

    @Test
    void missingKeyYieldsKey() {
        assertEquals("no.such.key", ServiceMessages.format(Locale.ENGLISH, "no.such.key"));
    }
}
