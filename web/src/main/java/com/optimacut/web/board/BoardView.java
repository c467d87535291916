package com.optimacut.web.board;

import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.work.LayoutTask;
import com.optimacut.ejb.work.WorkService;
import com.optimacut.web.FacesMessages;
import com.optimacut.web.PageDataModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * The executor's board: «Мои макеты» (the layouts the executor holds) and «Доступные» (the layouts
 * they may take), with take, complete and report a difficulty. Each successful action pushes a
 * reload to the other open boards; a reported difficulty also pushes to the managers' bells.
 */
@Named
@ViewScoped
public class BoardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WorkService work;

    @Inject
    private BoardPush boardPush;

    private final PageDataModel<LayoutTask> mine =
            new PageDataModel<>((first, size, sort, filters) -> work.mine(first, size), LayoutTask::layoutId);
    private final PageDataModel<LayoutTask> available =
            new PageDataModel<>((first, size, sort, filters) -> work.available(first, size), LayoutTask::layoutId);

    private LayoutTask difficultyLayout;
    private String difficulty;

    /** Sends 403 to a user without the EXECUTOR role, whom the services would reject anyway. */
    public void checkAccess() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!context.getExternalContext().isUserInRole("EXECUTOR")) {
            context.getExternalContext().responseSendError(403, null);
            context.responseComplete();
        }
    }

    /** Returns the layouts the executor holds, oldest take first, paged in the database. */
    public PageDataModel<LayoutTask> getMine() {
        return mine;
    }

    /** Returns the layouts the executor may take, most urgent first, paged in the database. */
    public PageDataModel<LayoutTask> getAvailable() {
        return available;
    }

    /**
     * Returns whether «Доступные» contains as many layouts as the board counts, so that more may be
     * waiting beyond its last page.
     */
    public boolean isAvailableAtLimit() {
        return available.getRowCount() >= WorkService.BOARD_COUNT_LIMIT;
    }

    /** Returns the maximum number of layouts that «Доступные» counts. */
    public int getAvailableLimit() {
        return WorkService.BOARD_COUNT_LIMIT;
    }

    /** Takes a layout; when another executor was faster, shows that message and reloads both lists. */
    public void take(LayoutTask layout) {
        try {
            work.take(layout.layoutId());
            FacesMessages.info("board.taken", layout.projectName(), layout.itemPosition());
            boardPush.boardChanged();
        } catch (BusinessException e) {
            FacesMessages.rejected(null, e);
        }
    }

    /** Completes a layout the executor holds. */
    public void complete(LayoutTask layout) {
        try {
            work.complete(layout.layoutId());
            FacesMessages.info("board.completed", layout.projectName(), layout.itemPosition());
            boardPush.boardChanged();
        } catch (BusinessException e) {
            FacesMessages.rejected(null, e);
        }
    }

    /** Opens the difficulty dialog for a layout the executor holds. */
    public void startDifficulty(LayoutTask layout) {
        difficultyLayout = layout;
        difficulty = null;
    }

    /**
     * Reports the difficulty typed in the dialog; the boards are told by push, and the managers'
     * bells through the notification topic ({@code NotificationTopicListener}). A rejected
     * description is shown next to the field.
     */
    public void reportDifficulty() {
        try {
            work.reportDifficulty(difficultyLayout.layoutId(), difficulty);
        } catch (BusinessException e) {
            FacesMessages.rejected("difficultyForm:difficulty", e);
            return;
        }
        FacesMessages.info("board.difficultyReported", difficultyLayout.projectName());
        boardPush.boardChanged();
        difficultyLayout = null;
        difficulty = null;
    }

    public LayoutTask getDifficultyLayout() {
        return difficultyLayout;
    }

    public String getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(String difficulty) {
        this.difficulty = difficulty;
    }
}
