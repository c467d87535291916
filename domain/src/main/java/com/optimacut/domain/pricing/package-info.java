/**
 * Pricing arithmetic and discount rules: how many parts fit on a sheet, what the material, cutting,
 * pierces and engraving of an item cost, the project total, and which discount the system proposes.
 * The types take plain values (records built from the material catalogue, the layout analysis and
 * the client's profile), so the service layer maps its entities onto them and the rules run in a
 * unit test without a container. Money is {@link java.math.BigDecimal} roubles; every amount keeps
 * the bundle key and the numbers of its formula, so a screen can explain it line by line.
 */
package com.optimacut.domain.pricing;
