package com.optimacut.ejb.pricing;

import com.optimacut.domain.client.Client;
import com.optimacut.domain.client.ClientFile;
import com.optimacut.domain.client.ManualDimensions;
import com.optimacut.domain.material.CuttingPricing;
import com.optimacut.domain.material.Material;
import com.optimacut.domain.material.SheetPricing;
import com.optimacut.domain.pricing.ClientTerms;
import com.optimacut.domain.pricing.ClientTier;
import com.optimacut.domain.pricing.DiscountPolicy;
import com.optimacut.domain.pricing.LayoutMeasures;
import com.optimacut.domain.pricing.MaterialPrices;
import com.optimacut.domain.pricing.PricingBasis;
import com.optimacut.domain.pricing.SpecialMaterialPrice;
import com.optimacut.domain.pricing.VolumeTier;
import com.optimacut.domain.project.DiscountSource;
import com.optimacut.domain.project.Item;
import com.optimacut.domain.settings.DiscountTiers;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.common.ServiceMessages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the entities onto the value types of the pricing rules. The names overlap:
 * {@code client.LayoutMeasures} (stored analysis) becomes {@code pricing.LayoutMeasures}, and the
 * pricing rules' {@code DiscountSource} becomes the project's {@code DiscountSource}.
 */
final class PricingInputs {

    /** The code of the client tier that a manager set as a percentage in the client's profile. */
    static final String PROFILE_TIER_CODE = "profile";

    private PricingInputs() {
    }

    /**
     * Returns the catalogue prices of {@code material}. A price per pierce or per cm² of engraving
     * of zero means the material does not charge it: no pierce line, and an engraved layout is
     * rejected for want of an engraving price.
     */
    static MaterialPrices prices(Material material) {
        MaterialPrices.Builder builder = MaterialPrices.builder()
                .sheet(material.getSheetWidthMm(), material.getSheetHeightMm())
                .basis(material.getSheetPricing() == SheetPricing.PER_AREA ? PricingBasis.AREA : PricingBasis.SHEET)
                .pricePerSheet(material.getPricePerSheet())
                .pricePerSquareMetre(material.getPricePerM2())
                .pricePerPierce(zeroToNull(material.getPricePerPierce()))
                .engraving(zeroToNull(material.getEngravingPricePerCm2()), material.getEngravingLineWidthMm())
                .partGapMm(material.getPartGapMm())
                .kerfMm(material.getKerfMm())
                .minimumCharge(zeroToNull(material.getMinimumCharge()));
        if (material.getCuttingPricing() == CuttingPricing.BY_LENGTH) {
            builder.cuttingPerMetre(material.getPricePerMetre());
        } else {
            builder.cuttingBySpeed(material.getCuttingSpeedMmPerS(), material.getMachineMinuteRate());
        }
        return builder.build();
    }

    /**
     * Returns the measures of one part of {@code item}: the stored analysis of its DXF or SVG file,
     * or else the dimensions entered by hand on the item or on the file.
     *
     * @throws BusinessException {@code pricing.item.noDimensions} (item position, file name) for a
     *     file that was neither analysed nor given dimensions
     */
    static LayoutMeasures measures(Item item) {
        ClientFile file = item.getLayout();
        com.optimacut.domain.client.LayoutMeasures analysed = file.getMeasures();
        if (analysed != null) {
            return new LayoutMeasures(decimal(analysed.getBboxWidthMm()), decimal(analysed.getBboxHeightMm()),
                    decimal(analysed.getCutLengthMm()), analysed.getContours(),
                    decimal(analysed.getEngraveLengthMm()), BigDecimal.ZERO, LayoutMeasures.Source.ANALYSIS);
        }
        ManualDimensions entered = item.getManualDimensions() != null ? item.getManualDimensions()
                : file.getManualDimensions();
        if (entered == null) {
            throw new BusinessException("pricing.item.noDimensions", item.getPosition(), file.getOriginalName());
        }
        return manual(entered);
    }

    private static LayoutMeasures manual(ManualDimensions entered) {
        BigDecimal engravedArea = entered.getEngravingAreaMm2() == null ? BigDecimal.ZERO
                : entered.getEngravingAreaMm2();
        if (entered.getCutLengthMm() == null) {
            LayoutMeasures blank = LayoutMeasures.manualBoundingBox(entered.getWidthMm(), entered.getHeightMm());
            return new LayoutMeasures(blank.widthMm(), blank.heightMm(), blank.cutLengthMm(), blank.pierces(),
                    BigDecimal.ZERO, engravedArea, LayoutMeasures.Source.MANUAL_BOUNDING_BOX);
        }
        // NOTE: a cut length entered without pierces is priced as one contour, the least it can be.
        int pierces = entered.getPierces() == null ? 1 : entered.getPierces();
        return LayoutMeasures.manual(entered.getWidthMm(), entered.getHeightMm(), entered.getCutLengthMm(), pierces,
                engravedArea);
    }

    /**
     * Returns the discount settings of {@code client}'s profile; a client-tier percentage set by
     * hand becomes the tier {@value #PROFILE_TIER_CODE} that {@link #policy} adds.
     */
    static ClientTerms terms(Client client) {
        Map<Long, SpecialMaterialPrice> special = new HashMap<>();
        client.getSpecialPrices().forEach((material, price) -> special.put(material.getId(),
                new SpecialMaterialPrice(price.getPricePerSheet(), price.getPricePerM2())));
        String tier = client.getTierDiscountOverride() == null ? null : PROFILE_TIER_CODE;
        return new ClientTerms(tier, client.getDiscountPercent(), special);
    }

    /**
     * Returns the workshop's discount policy: the volume tiers (threshold = project total in roubles)
     * and the client tiers (threshold = closed projects) of the settings, plus the tier a client's
     * profile sets by hand, named in {@code locale}.
     */
    static DiscountPolicy policy(DiscountTiers volume, DiscountTiers byClosedProjects, Client client, Locale locale) {
        List<VolumeTier> volumeTiers = volume.tiers().stream()
                .map(tier -> new VolumeTier(tier.threshold(), tier.percent())).toList();
        List<ClientTier> clientTiers = new ArrayList<>();
        for (DiscountTiers.Tier tier : byClosedProjects.tiers()) {
            int closedProjects = tier.threshold().setScale(0, RoundingMode.CEILING)
                    .min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
            clientTiers.add(new ClientTier("closed-" + closedProjects,
                    ServiceMessages.format(locale, "pricing.clientTier.closedProjects", closedProjects),
                    tier.percent(), closedProjects, null));
        }
        if (client.getTierDiscountOverride() != null) {
            clientTiers.add(new ClientTier(PROFILE_TIER_CODE, ServiceMessages.format(locale, "pricing.clientTier.profile"),
                    client.getTierDiscountOverride(), null, null));
        }
        return new DiscountPolicy(volumeTiers, clientTiers);
    }

    /** Maps a source of the pricing rules to the source the project records. */
    static DiscountSource projectSource(com.optimacut.domain.pricing.DiscountSource source) {
        return switch (source) {
            case VOLUME -> DiscountSource.VOLUME;
            case CLIENT_TIER -> DiscountSource.CLIENT_TIER;
            case INDIVIDUAL -> DiscountSource.INDIVIDUAL;
        };
    }

    /** Maps a recorded source back to the pricing rules' source; {@code null} for manual or combined. */
    static com.optimacut.domain.pricing.DiscountSource ruleSource(DiscountSource source) {
        return switch (source) {
            case VOLUME -> com.optimacut.domain.pricing.DiscountSource.VOLUME;
            case CLIENT_TIER -> com.optimacut.domain.pricing.DiscountSource.CLIENT_TIER;
            case INDIVIDUAL -> com.optimacut.domain.pricing.DiscountSource.INDIVIDUAL;
            case COMBINED, MANUAL -> null;
        };
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? BigDecimal.ZERO : BigDecimal.valueOf(value);
    }

    private static BigDecimal zeroToNull(BigDecimal value) {
        return value == null || value.signum() == 0 ? null : value;
    }
}
