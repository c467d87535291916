package com.optimacut.ejb.pricing;

import com.optimacut.domain.project.DiscountSource;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The discounts that apply to a project and the one the system proposes. Percentages do not
 * stack: the proposal is the largest single one.
 *
 * @param projectTotal the total the volume tiers were judged on, with special prices applied
 * @param closedProjects the client's closed projects, which decide the client tier
 * @param closedProjectsSum the sum of their recorded totals after their discounts, in roubles
 * @param proposedPercent the proposed percentage, zero when none applies
 * @param proposedSource the source of the proposal, or {@code null} when none applies
 * @param summary the proposal and the combination rule in the caller's language
 */
public record DiscountProposalDetails(long projectId, BigDecimal projectTotal, long closedProjects,
        BigDecimal closedProjectsSum, List<DiscountCandidate> candidates, BigDecimal proposedPercent,
        DiscountSource proposedSource, String summary) implements Serializable {

    private static final long serialVersionUID = 1L;

    public DiscountProposalDetails {
        candidates = List.copyOf(candidates);
    }
}
