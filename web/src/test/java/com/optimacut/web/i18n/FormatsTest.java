package com.optimacut.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void russianMoneyGroupsWithSpaceAndComma() {
        assertEquals("1 234,50 ₽", Formats.money(new BigDecimal("1234.5"), Locale.forLanguageTag("ru")));
    }

    @Test
    void englishMoneyGroupsWithCommaAndPoint() {
        assertEquals("1,234.50 ₽", Formats.money(new BigDecimal("1234.5"), Locale.ENGLISH));
    }

    @Test
    void moneyRoundsHalfUp() {
        assertEquals("0,13 ₽", Formats.money(new BigDecimal("0.125"), Locale.forLanguageTag("ru")));
    }

    @Test
    void dayIsDayMonthYear() {
        assertEquals("05.03.2027", new Formats().day(LocalDate.of(2027, 3, 5)));
    }
}
