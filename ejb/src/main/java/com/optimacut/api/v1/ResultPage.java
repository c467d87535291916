package com.optimacut.api.v1;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list: the rows and the number of rows that match the filter in all pages. Ask for
 * the next page with {@code first} raised by the page size until {@code first >= total}.
 *
 * @param <T> the row type
 */
public class ResultPage<T extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    private ArrayList<T> rows = new ArrayList<>();
    private long total;

    public ResultPage() {
    }

    public ResultPage(List<T> rows, long total) {
        this.rows = new ArrayList<>(rows);
        this.total = total;
    }

    public List<T> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }
}
