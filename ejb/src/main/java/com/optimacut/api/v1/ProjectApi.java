package com.optimacut.api.v1;

import jakarta.ejb.Remote;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Projects: create with items, read, list, launch, and the manager's status actions, with the
 * same rules and messages as the screens. Callers in role INTEGRATOR or MANAGER only; every status
 * change appears in the project's history under the caller's user name.
 * <p>
 * A status action takes the version the caller last saw ({@link ProjectInfo#getVersion()}) and
 * rejects a project changed since with {@link ErrorCode#CONFLICT}; {@code null} skips that check.
 * Each action throws {@link ErrorCode#NOT_FOUND} ({@code project.notFound}) for an unknown id and
 * {@link ErrorCode#RULE_VIOLATION} (such as {@code project.transition.forbidden}) when the
 * project's status does not allow it.
 */
@Remote
public interface ProjectApi {

    /**
     * Creates a project «Ждёт очереди» for a client: each item's layout file is stored in the
     * client's files (analysed when DXF or SVG), and the price is computed. All or nothing.
     *
     * @throws ApiException {@link ErrorCode#NOT_FOUND} for an unknown client;
     *     {@link ErrorCode#INVALID_ARGUMENT} for an invalid field or an unknown material code
     *     ({@code api.material.unknown}); {@link ErrorCode#RULE_VIOLATION} for a layout file that
     *     cannot be read ({@code layout.error.*})
     */
    ProjectInfo create(@NotNull @Valid ProjectOrder order) throws ApiException;

    /**
     * Returns a project with its items, price and status history.
     *
     * @throws ApiException {@link ErrorCode#NOT_FOUND}
     */
    ProjectCard find(@Positive long projectId) throws ApiException;

    /**
     * Returns one page of projects, the newest first.
     *
     * @throws ApiException {@link ErrorCode#INVALID_ARGUMENT} for an unknown status name
     *     ({@code api.status.unknown}) or a page out of range
     */
    ResultPage<ProjectInfo> list(@NotNull @Valid ProjectFilter filter) throws ApiException;

    /** «Запустить проект»: puts the layouts in the executors' queue; the status stays WAITING. */
    ProjectInfo launch(@Positive long projectId, Long expectedVersion) throws ApiException;

    /** DONE to ACCEPTED; the client gets the acceptance e-mail once, when the client has an address. */
    ProjectInfo accept(@Positive long projectId, Long expectedVersion, @Size(max = 1000) String comment)
            throws ApiException;

    /** ACCEPTED to CLOSED. */
    ProjectInfo close(@Positive long projectId, Long expectedVersion, @Size(max = 1000) String comment)
            throws ApiException;

    /** Any open status to REFUSED, with a required reason. */
    ProjectInfo refuse(@Positive long projectId, Long expectedVersion, @NotBlank @Size(max = 1000) String reason)
            throws ApiException;

    /** Any other open status to SUSPENDED; the layouts leave the executors' board until resumed. */
    ProjectInfo suspend(@Positive long projectId, Long expectedVersion, @Size(max = 1000) String comment)
            throws ApiException;

    /** SUSPENDED back to the status the project had before. */
    ProjectInfo resume(@Positive long projectId, Long expectedVersion, @Size(max = 1000) String comment)
            throws ApiException;
}
