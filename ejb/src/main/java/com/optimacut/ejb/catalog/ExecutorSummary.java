package com.optimacut.ejb.catalog;

import com.optimacut.domain.executor.Executor;
import com.optimacut.domain.executor.Trade;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/** An executor with trade and competencies («Материалы, с которыми умеет работать»), by name. */
public record ExecutorSummary(long id, String username, String fullName, Trade trade, boolean active,
        List<MaterialSummary> competencies) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ExecutorSummary {
        competencies = List.copyOf(competencies);
    }

    static ExecutorSummary of(Executor executor) {
        List<MaterialSummary> materials = executor.getCompetencies().stream().map(MaterialSummary::of)
                .sorted(Comparator.comparing(MaterialSummary::name).thenComparing(MaterialSummary::id)).toList();
        return new ExecutorSummary(executor.getId(), executor.getUsername(), executor.getAccount().getFullName(),
                executor.getTrade(), executor.isActive(), materials);
    }
}
