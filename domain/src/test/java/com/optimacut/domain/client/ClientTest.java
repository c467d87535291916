package com.optimacut.domain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.domain.layout.LayoutAnalysis;
import com.optimacut.domain.layout.LayoutFormat;
import com.optimacut.domain.material.Material;
import com.optimacut.domain.material.MaterialKind;
import com.optimacut.domain.shared.DomainRuleException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String SHA = "0".repeat(64);

    private final Client client = new Client("ООО «Ромашка»", NOW);
    private final Material plywood = new Material("PLY-4", "Фанера ФК 4 мм", MaterialKind.PLYWOOD, BigDecimal.ONE,
            BigDecimal.TEN, BigDecimal.TEN);

    @Test
    void specialPriceReplacesEarlierOne() {
        client.setSpecialPrice(plywood, new SpecialPrice(new BigDecimal("400.00"), null));
        client.setSpecialPrice(plywood, new SpecialPrice(new BigDecimal("380.00"), null));

        assertEquals(new BigDecimal("380.00"), client.specialPriceFor(plywood).orElseThrow().getPricePerSheet());
        assertEquals(1, client.getSpecialPrices().size());
    }

    @Test
    void specialPriceWithoutPricesFails() {
        DomainRuleException e = assertThrows(DomainRuleException.class, () -> new SpecialPrice(null, null));

        assertEquals("client.specialPrice.invalid", e.getKey());
    }

    @Test
    void discountAbove100Fails() {
        DomainRuleException e = assertThrows(DomainRuleException.class,
                () -> client.changeSpecialTerms("Оптом", new BigDecimal("100.01"), null));

        assertEquals("discount.percent.range", e.getKey());
    }

    @Test
    void invalidEmailFails() {
        DomainRuleException e = assertThrows(DomainRuleException.class,
                () -> client.changeContacts("ООО «Ромашка»", null, "romashka", null, null));

        assertEquals("client.email.invalid", e.getKey());
    }

    @Test
    void blankContactsAreStoredAsMissing() {
        client.changeContacts("ООО «Ромашка»", "  ", null, "", null);

        assertNull(client.getContactPerson());
        assertNull(client.getPhone());
    }

    @Test
    void toStringHidesPersonalData() {
        client.changeContacts("ООО «Ромашка»", "Анна", "anna@example.org", null, null);

        assertFalse(client.toString().contains("Анна"));
        assertFalse(client.toString().contains("anna@"));
    }

    @Test
    void analysedFileHasDimensions() {
        ClientFile file = new ClientFile(client, "a.dxf", null, 1, SHA, LayoutFormat.DXF, "m", NOW);

        file.recordAnalysis(new LayoutAnalysis("a.dxf", LayoutFormat.DXF, 400, 2, 0, 100, 100, 9000, 0, "mm", List.of()));

        assertTrue(file.hasDimensions());
        assertEquals(400.0, file.getMeasures().getCutLengthMm());
    }

    @Test
    void pdfTakesManualDimensions() {
        ClientFile file = new ClientFile(client, "a.pdf", null, 1, SHA, LayoutFormat.PDF, "m", NOW);

        file.enterManualDimensions(new ManualDimensions(new BigDecimal("300"), new BigDecimal("200"), null, null));

        assertTrue(file.hasDimensions());
    }

    @Test
    void dxfRejectsManualDimensions() {
        ClientFile file = new ClientFile(client, "a.dxf", null, 1, SHA, LayoutFormat.DXF, "m", NOW);
        ManualDimensions dimensions = new ManualDimensions(BigDecimal.ONE, BigDecimal.ONE, null, null);

        DomainRuleException e = assertThrows(DomainRuleException.class, () -> file.enterManualDimensions(dimensions));

        assertEquals("clientFile.dimensionsFromAnalysis", e.getKey());
    }

    @Test
    void engravingLargerThanPartIsInvalid() {
        DomainRuleException e = assertThrows(DomainRuleException.class,
                () -> new ManualDimensions(BigDecimal.TEN, BigDecimal.TEN, null, null, new BigDecimal("101")));

        assertEquals("dimensions.invalid", e.getKey());
    }

    @Test
    void zeroWidthIsInvalid() {
        DomainRuleException e = assertThrows(DomainRuleException.class,
                () -> new ManualDimensions(BigDecimal.ZERO, BigDecimal.ONE, null, null));

        assertEquals("dimensions.invalid", e.getKey());
    }

    @Test
    void malformedDigestIsRejected() {
        DomainRuleException e = assertThrows(DomainRuleException.class,
                () -> new ClientFile(client, "a.dxf", null, 1, "xyz", LayoutFormat.DXF, "m", NOW));

        assertEquals("clientFile.invalid", e.getKey());
    }
}
