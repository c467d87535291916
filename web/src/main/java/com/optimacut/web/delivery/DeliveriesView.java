package com.optimacut.web.delivery;

import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.delivery.DeliveryService;
import com.optimacut.ejb.delivery.DeliverySummary;
import com.optimacut.web.FacesMessages;
import com.optimacut.web.PageDataModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * «Доставки»: the projects whose delivery date lies in a chosen range, with «Отправить заявку в
 * курьерскую службу» and «Сбросить». The range starts as {@value #DAYS_BACK} days back to
 * {@value #DAYS_AHEAD} days ahead of today.
 */
@Named
@ViewScoped
public class DeliveriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int DAYS_BACK = 30;
    static final int DAYS_AHEAD = 60;

    @Inject
    private DeliveryService deliveries;

    private LocalDate from = LocalDate.now().minusDays(DAYS_BACK);
    private LocalDate to = LocalDate.now().plusDays(DAYS_AHEAD);
    /** The range the table shows: the last one the service accepted. */
    private LocalDate shownFrom = from;
    private LocalDate shownTo = to;

    private final PageDataModel<DeliverySummary> rows = new PageDataModel<>(
            (first, size, sort, filters) -> deliveries.list(shownFrom, shownTo, first, size),
            DeliverySummary::projectId);

    /** Sends 403 to a user who is neither manager nor administrator, whom the service would reject. */
    public void checkAccess() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!context.getExternalContext().isUserInRole("MANAGER") && !context.getExternalContext().isUserInRole("ADMIN")) {
            context.getExternalContext().responseSendError(403, null);
            context.responseComplete();
        }
    }

    /** Returns the deliveries of the shown range by date, paged in the database. */
    public PageDataModel<DeliverySummary> getRows() {
        return rows;
    }

    /** Shows the entered range, once the service accepts it; a rejected range is shown at the fields. */
    public void applyRange() {
        try {
            deliveries.list(from, to, 0, 1);
        } catch (BusinessException e) {
            FacesMessages.rejected("deliveriesForm:to", e);
            return;
        }
        shownFrom = from;
        shownTo = to;
    }

    /** «Отправить заявку в курьерскую службу» for one project, confirmed in the growl. */
    public void sendCourierRequest(DeliverySummary row) {
        try {
            deliveries.sendCourierRequest(row.projectId());
            FacesMessages.info("deliveries.sent", row.projectName());
        } catch (BusinessException e) {
            FacesMessages.rejected(null, e);
        }
    }

    /** «Сбросить»: allows the courier request of one project to be sent again. */
    public void reset(DeliverySummary row) {
        try {
            deliveries.reset(row.projectId());
            FacesMessages.info("deliveries.reset.done", row.projectName());
        } catch (BusinessException e) {
            FacesMessages.rejected(null, e);
        }
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
