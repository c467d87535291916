package com.optimacut.ejb.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    @Test
    void russianSubjectByDefault() {
        assertEquals("Оптима-Кат: проверка почты", MailTemplates.render("test", null, "admin").subject());
    }

    @Test
    void englishSubject() {
        assertEquals("Optima-Cut: mail check", MailTemplates.render("test", Locale.ENGLISH, "admin").subject());
    }

    @Test
    void htmlPartEscapesArguments() {
        String html = MailTemplates.render("test", Locale.ENGLISH, "<script>").html();

        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("<script>"), html);
    }

    @Test
    void plainPartKeepsArgumentsAsTyped() {
        assertTrue(MailTemplates.render("test", Locale.ENGLISH, "a&b").plain().contains("a&b"));
    }
}
