package com.optimacut.web;

import com.optimacut.ejb.common.Page;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table model over a service method that pages in the database. The table asks
 * for one page at a time and never holds the whole list.
 *
 * <p>The model keeps the total of the last load together with the filters it was counted for.
 * As long as the filters stay the same (the table's own filters and the view's, given as a
 * {@link FilterKey}), {@link #count} returns that total, and a {@link CountingLoader} receives
 * it so that it can skip its count query. Paging and sorting then cost one query, not two.
 * A change of any filter counts again.
 *
 * @param <T> the row type, which must have a unique id for row selection
 */
public class PageDataModel<T extends Serializable> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads one page; sorting and filters are passed on for the service to apply in its query. */
    @FunctionalInterface
    public interface PageLoader<T extends Serializable> extends Serializable {
        Page<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters);
    }

    /**
     * Loads one page like {@link PageLoader}; {@code knownTotal} is the total already counted for
     * the same filters, or {@code null} when the loader must count.
     */
    @FunctionalInterface
    public interface CountingLoader<T extends Serializable> extends Serializable {
        Page<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters,
                Long knownTotal);
    }

    /** Returns a value that equals the previous one exactly when the view's filters are unchanged. */
    @FunctionalInterface
    public interface FilterKey extends Serializable {
        Object current();
    }

    /** Returns the key that identifies a row, for selection. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        Object of(T row);
    }

    private final CountingLoader<T> loader;
    private final RowKey<T> rowKey;
    /** {@code null} when every load counts. */
    private final FilterKey filterKey;
    private Object countedFor;
    private Long counted;

    /** Creates a model whose loader counts on every load, for lists whose total must follow every change. */
    public PageDataModel(PageLoader<T> loader, RowKey<T> rowKey) {
        this.loader = (first, size, sort, filters, knownTotal) -> loader.load(first, size, sort, filters);
        this.rowKey = Objects.requireNonNull(rowKey);
        this.filterKey = null;
    }

    /** Creates a model that counts once per set of filters; {@code filterKey} names the view's own filters. */
    public PageDataModel(CountingLoader<T> loader, RowKey<T> rowKey, FilterKey filterKey) {
        this.loader = Objects.requireNonNull(loader);
        this.rowKey = Objects.requireNonNull(rowKey);
        this.filterKey = Objects.requireNonNull(filterKey);
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        Object key = key(filters);
        if (!knows(key)) {
            remember(key, loader.load(0, 1, Map.of(), filters, null).total());
        }
        return rowCount(counted);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        Object key = key(filters);
        Long known = knows(key) ? counted : null;
        Page<T> page = loader.load(first, pageSize, sort, filters, known);
        remember(key, page.total());
        setRowCount(rowCount(page.total()));
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.of(row));
    }

    private boolean knows(Object key) {
        return filterKey != null && counted != null && key.equals(countedFor);
    }

    private void remember(Object key, long total) {
        countedFor = key;
        counted = total;
    }

    /** Combines the view's filter key with the table's own filter values. */
    private List<Object> key(Map<String, FilterMeta> filters) {
        Map<String, Object> values = new TreeMap<>();
        if (filters != null) {
            filters.forEach((field, meta) -> values.put(field, meta == null ? null : meta.getFilterValue()));
        }
        return Arrays.asList(filterKey == null ? null : filterKey.current(), values);
    }

    private static int rowCount(long total) {
        return (int) Math.min(Integer.MAX_VALUE, total);
    }
}
