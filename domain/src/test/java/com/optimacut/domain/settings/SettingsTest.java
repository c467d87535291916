package com.optimacut.domain.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.optimacut.domain.shared.DomainRuleException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void tierPercentIsHighestReached() {
        DiscountTiers tiers = DiscountTiers.parse("50000=3; 100000=5");

        assertEquals(new BigDecimal("3"), tiers.percentFor(new BigDecimal("99999.99")));
        assertEquals(new BigDecimal("5"), tiers.percentFor(new BigDecimal("100000")));
        assertEquals(BigDecimal.ZERO, tiers.percentFor(new BigDecimal("49999")));
    }

    @Test
    void emptyTiersGiveNoDiscount() {
        assertEquals(BigDecimal.ZERO, DiscountTiers.parse("").percentFor(new BigDecimal("1000000")));
    }

    @Test
    void fallingThresholdsAreInvalid() {
        DomainRuleException e = assertThrows(DomainRuleException.class, () -> DiscountTiers.parse("100=5; 50=3"));

        assertEquals("setting.tiers.invalid", e.getKey());
    }

    @Test
    void percentAbove100IsInvalid() {
        assertThrows(DomainRuleException.class, () -> DiscountTiers.parse("100=150"));
    }

    @Test
    void newSettingHasDefault() {
        assertEquals(24, new AppSetting(SettingKey.ESCALATION_HOURS).intValue());
    }

    @Test
    void escalationHoursMustBeNumber() {
        AppSetting setting = new AppSetting(SettingKey.ESCALATION_HOURS);

        DomainRuleException e = assertThrows(DomainRuleException.class, () -> setting.change("сутки", "admin", NOW));

        assertEquals("setting.invalid", e.getKey());
        assertEquals(24, setting.intValue());
    }

    @Test
    void courierAddressIsChecked() {
        AppSetting setting = new AppSetting(SettingKey.COURIER_EMAIL);

        assertThrows(DomainRuleException.class, () -> setting.change("courier", "admin", NOW));
    }

    @Test
    void changeRecordsWho() {
        AppSetting setting = new AppSetting(SettingKey.COURIER_EMAIL);

        setting.change(" courier@example.org ", "admin", NOW);

        assertEquals("courier@example.org", setting.getValue());
        assertEquals("admin", setting.getUpdatedBy());
    }
}
