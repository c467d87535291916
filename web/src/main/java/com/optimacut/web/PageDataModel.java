package com.optimacut.web;

import com.optimacut.ejb.common.Page;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table model over a service method that pages in the database. The table asks
 * for one page at a time and never holds the whole list.
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

    private final PageLoader<T> loader;
    private final RowKey<T> rowKey;

    /** Returns the key that identifies a row, for selection. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        Object of(T row);
    }

    public PageDataModel(PageLoader<T> loader, RowKey<T> rowKey) {
        this.loader = loader;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, loader.load(0, 1, Map.of(), filters).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        Page<T> page = loader.load(first, pageSize, sort, filters);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.of(row));
    }
}
