package com.optimacut.domain.project;

import com.optimacut.domain.client.Client;
import com.optimacut.domain.client.ClientFile;
import com.optimacut.domain.client.LeadSource;
import com.optimacut.domain.client.ManualDimensions;
import com.optimacut.domain.client.Percent;
import com.optimacut.domain.executor.Executor;
import com.optimacut.domain.inquiry.Inquiry;
import com.optimacut.domain.material.Material;
import com.optimacut.domain.shared.DomainRuleException;
import com.optimacut.domain.shared.EntityIdentity;
import com.optimacut.domain.shared.TextField;
import com.optimacut.domain.shared.Texts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One customer order («Проект») from creation to closing: its items and their layouts, the
 * executor assigned or none, deadline and priority, delivery, discount, status and history.
 * <p>
 * Every change goes through a method named for the intent, which checks the rules and rejects a
 * violation with a {@link DomainRuleException} before changing anything:
 * <ul>
 * <li>Status changes follow {@link ProjectAction#targetFrom}; anything else is rejected with
 * {@code project.transition.forbidden} (from status, action, target status) or, for actions
 * without a fixed target, {@code project.action.forbidden} (from status, action). Each change
 * appends a {@link StatusChange} in the same call; the history is never edited.</li>
 * <li>Once an executor has taken a layout, the production fields (items, layouts, materials,
 * quantities, executor) are locked ({@code project.locked}); name, description, deadline,
 * delivery and discount still change.</li>
 * <li>A closed or refused project changes no more ({@code project.notOpen}).</li>
 * </ul>
 * Concurrent saves of one project are caught by {@code @Version}: the second fails.
 * Contacts and delivery data are personal: {@link #toString()} shows id and status only.
 */
@Entity
@Table(name = "project")
@NamedQuery(name = Project.BY_STATUSES_BY_DEADLINE, query = "select p from Project p join fetch p.client c"
        + " where p.status in :statuses order by p.deadline, p.id")
@NamedQuery(name = Project.COUNT_BY_STATUSES, query = "select count(p) from Project p where p.status in :statuses")
@NamedQuery(name = Project.COUNT_PER_STATUS, query = "select p.status, count(p) from Project p group by p.status")
@NamedQuery(name = Project.DELIVERIES, query = "select p from Project p join fetch p.client c"
        + " where p.delivery.date between :from and :to and p.delivery.address is not null"
        + " and p.delivery.contactPerson is not null order by p.delivery.date, p.id")
@NamedQuery(name = Project.ESCALATE_PRIORITY, query = "update Project p"
        + " set p.priority = com.optimacut.domain.project.Priority.HIGH, p.escalationPass = :pass,"
        + " p.escalatedAt = :now, p.updatedAt = :now, p.version = p.version + 1"
        + " where p.priority = com.optimacut.domain.project.Priority.NORMAL and p.status in ("
        + "com.optimacut.domain.project.ProjectStatus.WAITING, com.optimacut.domain.project.ProjectStatus.IN_PROGRESS,"
        + " com.optimacut.domain.project.ProjectStatus.DIFFICULTIES, com.optimacut.domain.project.ProjectStatus.SUSPENDED)"
        + " and p.deadline <= :threshold")
@NamedQuery(name = Project.ESCALATED_IN_PASS, query = "select p from Project p left join fetch p.assignedExecutor"
        + " where p.escalationPass = :pass order by p.id")
@NamedQuery(name = Project.COUNT_CLOSED_FOR_CLIENT, query = "select count(p) from Project p"
        + " where p.client = :client and p.status = com.optimacut.domain.project.ProjectStatus.CLOSED")
@NamedQuery(name = Project.FOR_WORK, query = "select p from Project p where p.id = :id",
        hints = {@QueryHint(name = "eclipselink.left-join-fetch", value = "p.client"),
            @QueryHint(name = "eclipselink.left-join-fetch", value = "p.items"),
            @QueryHint(name = "eclipselink.left-join-fetch", value = "p.items.work"),
            @QueryHint(name = "eclipselink.left-join-fetch", value = "p.items.material"),
            @QueryHint(name = "eclipselink.left-join-fetch", value = "p.items.layout")})
public class Project {

    /** Projects in {@code :statuses} by deadline (no deadline last), with the client; callers page it. */
    public static final String BY_STATUSES_BY_DEADLINE = "Project.byStatusesByDeadline";
    /** The number of projects in {@code :statuses}. */
    public static final String COUNT_BY_STATUSES = "Project.countByStatuses";
    /** Rows of (status, count) over all projects, for the status counters of the projects list. */
    public static final String COUNT_PER_STATUS = "Project.countPerStatus";
    /** Projects listed under «Доставки» with a delivery date from {@code :from} to {@code :to} inclusive. */
    public static final String DELIVERIES = "Project.deliveries";
    /** The deadline escalation's bulk update; see {@link DeadlineEscalation} for its parameters and protocol. */
    public static final String ESCALATE_PRIORITY = "Project.escalatePriority";
    /**
     * The project {@code :id} with its client and every item with its layout work, material and
     * file, in one statement: what an executor's take or completion reads and checks.
     */
    public static final String FOR_WORK = "Project.forWork";
    /** The projects that the escalation pass {@code :pass} raised, with their assigned executor. */
    public static final String ESCALATED_IN_PASS = "Project.escalatedInPass";
    /** The number of closed projects of {@code :client}, which decides the client's discount tier. */
    public static final String COUNT_CLOSED_FOR_CLIENT = "Project.countClosedForClient";

    @Id
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false, updatable = false)
    private Client client;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_source_id")
    private LeadSource leadSource;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "inquiry_id", unique = true)
    private Inquiry inquiry;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private String description;

    @Column(name = "material_location", length = 500)
    private String materialLocation;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Item> items = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_executor_id")
    private Executor assignedExecutor;

    @Column
    private Instant deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority = Priority.NORMAL;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status = ProjectStatus.WAITING;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_suspension", length = 20)
    private ProjectStatus statusBeforeSuspension;

    @Column(name = "launched_at")
    private Instant launchedAt;

    @Column(name = "work_started_at")
    private Instant workStartedAt;

    @Embedded
    private Delivery delivery = new Delivery();

    @Embedded
    private AppliedDiscount discount;

    @Column(name = "price_total", precision = 12, scale = 2)
    private BigDecimal priceTotal;

    @Column(name = "priced_at")
    private Instant pricedAt;

    @Column(name = "acceptance_mail_at")
    private Instant acceptanceMailAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "escalation_pass", length = 36)
    private String escalationPass;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "project", cascade = CascadeType.PERSIST)
    @OrderBy("changedAt, id")
    private List<StatusChange> history = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<CourierRequestEvent> courierEvents = new ArrayList<>();

    @Version
    private long version;

    protected Project() {
        // for JPA
    }

    /**
     * Creates a project «Ждёт очереди» for an existing client and records the creation in the history.
     *
     * @throws DomainRuleException {@code text.required} or {@code text.tooLong} for the name
     */
    public Project(Client client, String name, String createdBy, Instant now) {
        this.client = Objects.requireNonNull(client, "client");
        this.name = Texts.require(name, TextField.PROJECT_NAME);
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
        history.add(new StatusChange(this, null, ProjectStatus.WAITING, ProjectAction.CREATE, createdBy, now, null));
    }

    // ---- Details that stay editable after work started --------------------------------------

    /**
     * Replaces name, description, «Чей материал и где находится» and lead source; allowed after
     * work started.
     *
     * @throws DomainRuleException {@code project.notOpen}, {@code text.required}, {@code text.tooLong}
     */
    public void changeDetails(String name, String description, String materialLocation, LeadSource leadSource,
            Instant now) {
        requireOpen();
        String checkedName = Texts.require(name, TextField.PROJECT_NAME);
        String checkedDescription = Texts.optional(description, TextField.DESCRIPTION);
        String checkedLocation = Texts.optional(materialLocation, TextField.MATERIAL_LOCATION);
        this.name = checkedName;
        this.description = checkedDescription;
        this.materialLocation = checkedLocation;
        this.leadSource = leadSource;
        touch(now);
    }

    /**
     * Sets the production deadline, or removes it with {@code null}. The priority is left as it
     * is; the next escalation pass raises it if the new deadline is near.
     *
     * @throws DomainRuleException {@code project.notOpen}
     */
    public void changeDeadline(Instant deadline, Instant now) {
        requireOpen();
        this.deadline = deadline;
        touch(now);
    }

    /**
     * Sets the priority by hand. Lowering it while the deadline is near lasts until the next
     * escalation pass raises it again.
     *
     * @throws DomainRuleException {@code project.notOpen}
     */
    public void changePriority(Priority priority, Instant now) {
        requireOpen();
        this.priority = Objects.requireNonNull(priority, "priority");
        touch(now);
    }

    /**
     * Links the inquiry this project came from and marks the inquiry as converted; the project
     * takes the inquiry's lead source when it has none.
     *
     * @throws DomainRuleException {@code project.inquiry.alreadyLinked},
     *     {@code project.inquiry.otherClient}, or {@code inquiry.notOpen} from the inquiry
     */
    public void linkInquiry(Inquiry newInquiry, String actor, Instant now) {
        if (inquiry != null) {
            throw new DomainRuleException("project.inquiry.alreadyLinked");
        }
        if (newInquiry.getClient() != null && !EntityIdentity.same(newInquiry.getClient(), client, Client::getId)) {
            throw new DomainRuleException("project.inquiry.otherClient");
        }
        newInquiry.markConverted(this, actor, now);
        this.inquiry = newInquiry;
        if (leadSource == null) {
            leadSource = newInquiry.getLeadSource();
        }
        touch(now);
    }

    // ---- Production fields, locked once work started ----------------------------------------

    /**
     * Adds an item at the end, with its layout work unit. Layout file and material may be chosen
     * later, but the project cannot be launched without them.
     *
     * @throws DomainRuleException {@code project.notOpen}, {@code project.locked}, or an item rule
     *     of {@link #changeItem}
     */
    public Item addItem(int quantity, ClientFile layout, Material material, ManualDimensions dimensions,
            Instant now) {
        requireProductionEditable();
        checkItem(quantity, layout, material);
        Item item = new Item(this, items.size() + 1);
        item.change(quantity, layout, material, dimensions);
        items.add(item);
        touch(now);
        return item;
    }

    /**
     * Replaces an item's quantity, layout file, material and hand-entered dimensions.
     *
     * @throws DomainRuleException {@code project.notOpen}; {@code project.locked};
     *     {@code project.item.quantity.range} unless the quantity is from 1 to
     *     {@value Item#MAX_QUANTITY}; {@code project.item.foreignFile} for a file of another
     *     client; {@code project.item.materialInactive}
     */
    public void changeItem(Item item, int quantity, ClientFile layout, Material material, ManualDimensions dimensions,
            Instant now) {
        requireOwnItem(item);
        requireProductionEditable();
        checkItem(quantity, layout, material);
        item.change(quantity, layout, material, dimensions);
        touch(now);
    }

    /**
     * Removes an item with its layout work and renumbers the items after it.
     *
     * @throws DomainRuleException {@code project.notOpen} or {@code project.locked}
     */
    public void removeItem(Item item, Instant now) {
        requireOwnItem(item);
        requireProductionEditable();
        items.remove(item);
        for (int i = 0; i < items.size(); i++) {
            items.get(i).renumber(i + 1);
        }
        touch(now);
    }

    /**
     * Assigns the project to one executor, who alone then sees its layouts, or with {@code null}
     * to none, so that every competent executor sees them.
     *
     * @throws DomainRuleException {@code project.notOpen}, {@code project.locked} or
     *     {@code executor.inactive}
     */
    public void assignExecutor(Executor executor, Instant now) {
        requireProductionEditable();
        if (executor != null && !executor.isActive()) {
            throw new DomainRuleException("executor.inactive");
        }
        this.assignedExecutor = executor;
        touch(now);
    }

    /**
     * Records the price total that the pricing rules computed for the current items.
     *
     * @throws DomainRuleException {@code project.notOpen}, {@code project.locked} (the price is not
     *     recomputed after work started), or {@code project.price.invalid} for a negative total or
     *     one with more than two decimals
     */
    public void recordPriceTotal(BigDecimal total, Instant now) {
        requireProductionEditable();
        Objects.requireNonNull(total, "total");
        if (total.signum() < 0 || total.stripTrailingZeros().scale() > 2) {
            throw new DomainRuleException("project.price.invalid", total);
        }
        this.priceTotal = total;
        this.pricedAt = now;
        touch(now);
    }

    /**
     * Clears the recorded price total when the items can no longer be priced, such as an item
     * without layout or material or a part the rules reject. A stale total would mislead the manager.
     */
    public void clearPriceTotal(Instant now) {
        requireProductionEditable();
        if (priceTotal != null) {
            priceTotal = null;
            pricedAt = null;
            touch(now);
        }
    }

    /** Returns whether an executor has taken a layout, which locks the production fields. */
    public boolean isProductionLocked() {
        return workStartedAt != null;
    }

    private void checkItem(int quantity, ClientFile layout, Material material) {
        if (quantity < 1 || quantity > Item.MAX_QUANTITY) {
            throw new DomainRuleException("project.item.quantity.range", quantity, Item.MAX_QUANTITY);
        }
        if (layout != null && !EntityIdentity.same(layout.getClient(), client, Client::getId)) {
            throw new DomainRuleException("project.item.foreignFile", layout.getOriginalName());
        }
        if (material != null && !material.isActive()) {
            throw new DomainRuleException("project.item.materialInactive", material.getName());
        }
    }

    private void requireOwnItem(Item item) {
        if (item.getProject() != this) {
            throw new IllegalArgumentException(item + " is not an item of " + this);
        }
    }

    private void requireProductionEditable() {
        requireOpen();
        if (isProductionLocked()) {
            throw new DomainRuleException("project.locked");
        }
    }

    // ---- Delivery and courier request -------------------------------------------------------

    /**
     * Replaces the delivery details; allowed after work started. With address, contact person and
     * date given, the project is listed under «Доставки».
     *
     * @throws DomainRuleException {@code project.notOpen} or {@code text.tooLong}
     */
    public void changeDelivery(String address, String contactPerson, String phone, LocalDate date, Instant now) {
        requireOpen();
        delivery().change(Texts.optional(address, TextField.ADDRESS),
                Texts.optional(contactPerson, TextField.CONTACT_PERSON), Texts.optional(phone, TextField.PHONE), date);
        touch(now);
    }

    /**
     * Records «Отправить заявку в курьерскую службу»; the service queues the e-mail in the same
     * transaction. A second send is rejected until {@link #resetCourierRequest}.
     *
     * @throws DomainRuleException {@code project.notOpen}; {@code delivery.incomplete} without
     *     address, contact person and date; {@code delivery.courier.alreadySent} (who, when)
     */
    public void sendCourierRequest(String actor, Instant now) {
        requireOpen();
        if (!delivery().isComplete()) {
            throw new DomainRuleException("delivery.incomplete");
        }
        if (delivery().isCourierRequested()) {
            throw new DomainRuleException("delivery.courier.alreadySent", delivery().getCourierRequestedBy(),
                    delivery().getCourierRequestedAt());
        }
        delivery().markCourierRequested(actor, now);
        courierEvents.add(new CourierRequestEvent(this, CourierRequestKind.SENT, actor, now));
        touch(now);
    }

    /**
     * Records «Сбросить»: the courier request may be sent again.
     *
     * @throws DomainRuleException {@code delivery.courier.notSent} when there is nothing to reset
     */
    public void resetCourierRequest(String actor, Instant now) {
        if (!delivery().isCourierRequested()) {
            throw new DomainRuleException("delivery.courier.notSent");
        }
        delivery().clearCourierRequest();
        courierEvents.add(new CourierRequestEvent(this, CourierRequestKind.RESET, actor, now));
        touch(now);
    }

    /** Returns whether the project is listed under «Доставки». */
    public boolean isListedAsDelivery() {
        return delivery != null && delivery.isComplete();
    }

    // ---- Discount and acceptance mail -------------------------------------------------------

    /**
     * Records the discount a manager applied.
     *
     * @throws DomainRuleException {@code project.notOpen}; {@code discount.percent.range};
     *     {@code discount.reason.required} for a {@link DiscountSource#MANUAL} discount without a reason
     */
    public void applyDiscount(BigDecimal percent, DiscountSource source, String reason, String actor, Instant now) {
        requireOpen();
        Percent.checkOptional(Objects.requireNonNull(percent, "percent"));
        String checkedReason = Texts.optional(reason, TextField.REASON);
        if (source == DiscountSource.MANUAL && checkedReason == null) {
            throw new DomainRuleException("discount.reason.required");
        }
        this.discount = new AppliedDiscount(percent, Objects.requireNonNull(source, "source"), checkedReason, actor, now);
        touch(now);
    }

    /**
     * Claims the client's acceptance e-mail: returns {@code true} the first time, after which the
     * service queues the mail in the same transaction, and {@code false} ever after.
     *
     * @throws DomainRuleException {@code project.notAccepted} unless the project is accepted
     */
    public boolean claimAcceptanceMail(Instant now) {
        if (status != ProjectStatus.ACCEPTED) {
            throw new DomainRuleException("project.notAccepted", status);
        }
        if (acceptanceMailAt != null) {
            return false;
        }
        acceptanceMailAt = now;
        touch(now);
        return true;
    }

    // ---- Manager status actions -------------------------------------------------------------

    /**
     * «Запустить проект»: puts the layouts in the executors' queue; the status stays «Ждёт очереди»
     * until the first take.
     *
     * @throws DomainRuleException {@code project.action.forbidden} unless waiting;
     *     {@code project.launch.already}; {@code project.launch.noItems};
     *     {@code project.launch.itemIncomplete} (item position) for an item without layout file
     *     or material
     */
    public void launch(String actor, Instant now) {
        ProjectStatus target = requireTransition(ProjectAction.LAUNCH);
        if (isLaunched()) {
            throw new DomainRuleException("project.launch.already");
        }
        if (items.isEmpty()) {
            throw new DomainRuleException("project.launch.noItems");
        }
        for (Item item : items) {
            if (!item.isComplete()) {
                throw new DomainRuleException("project.launch.itemIncomplete", item.getPosition());
            }
        }
        launchedAt = now;
        moveTo(target, ProjectAction.LAUNCH, actor, null, now);
    }

    /** «Принят, ждём клиента», from «Выполнен»; the service then {@linkplain #claimAcceptanceMail e-mails the client}. */
    public void accept(String actor, String comment, Instant now) {
        apply(ProjectAction.ACCEPT, actor, comment, now);
    }

    /** «Закрыт», from «Принят, ждём клиента». */
    public void close(String actor, String comment, Instant now) {
        apply(ProjectAction.CLOSE, actor, comment, now);
    }

    /**
     * «Отказ», from any open status, with a required reason.
     *
     * @throws DomainRuleException {@code project.transition.forbidden}, or {@code text.required}
     *     for a missing reason
     */
    public void refuse(String actor, String reason, Instant now) {
        ProjectStatus target = requireTransition(ProjectAction.REFUSE);
        String checkedReason = Texts.require(reason, TextField.REASON);
        statusBeforeSuspension = null;
        moveTo(target, ProjectAction.REFUSE, actor, checkedReason, now);
    }

    /** «Приостановлен», from any other open status, which {@link #resume} returns to. */
    public void suspend(String actor, String comment, Instant now) {
        ProjectStatus target = requireTransition(ProjectAction.SUSPEND);
        String checkedComment = Texts.optional(comment, TextField.COMMENT);
        statusBeforeSuspension = status;
        moveTo(target, ProjectAction.SUSPEND, actor, checkedComment, now);
    }

    /** Returns a suspended project to the status it had when suspended. */
    public void resume(String actor, String comment, Instant now) {
        ProjectStatus target = requireTransition(ProjectAction.RESUME);
        String checkedComment = Texts.optional(comment, TextField.COMMENT);
        statusBeforeSuspension = null;
        moveTo(target, ProjectAction.RESUME, actor, checkedComment, now);
    }

    /** Returns a project with difficulties to «В процессе» once a manager resolved them. */
    public void resolveDifficulties(String actor, String comment, Instant now) {
        apply(ProjectAction.RESOLVE_DIFFICULTIES, actor, comment, now);
    }

    /**
     * Reports a difficulty as a manager, without a layout: «Трудности с выполнением».
     *
     * @throws DomainRuleException {@code project.transition.forbidden} unless in progress, or
     *     {@code text.required} for a missing description
     */
    public void reportDifficulty(String actor, String description, Instant now) {
        onDifficultyReported(actor, Texts.require(description, TextField.DIFFICULTY), now);
    }

    /**
     * Sends a finished project back to «В процессе» for rework, making the chosen completed
     * layouts available again.
     *
     * @throws DomainRuleException {@code project.transition.forbidden} unless «Выполнен»;
     *     {@code text.required} for a missing reason; {@code project.rework.noLayouts};
     *     {@code project.rework.layoutNotCompleted} (item position) for a layout of another
     *     project or one not completed
     */
    public void rework(String actor, String reason, Collection<LayoutWork> layouts, Instant now) {
        ProjectStatus target = requireTransition(ProjectAction.REWORK);
        String checkedReason = Texts.require(reason, TextField.REASON);
        if (layouts.isEmpty()) {
            throw new DomainRuleException("project.rework.noLayouts");
        }
        for (LayoutWork layout : layouts) {
            if (layout.getProject() != this || layout.getStatus() != LayoutStatus.COMPLETED) {
                throw new DomainRuleException("project.rework.layoutNotCompleted", layout.getItem().getPosition());
            }
        }
        layouts.forEach(LayoutWork::reopen);
        moveTo(target, ProjectAction.REWORK, actor, checkedReason, now);
    }

    /**
     * Appends the history row for a priority that the escalation pass raised in the database;
     * the project's own fields were changed by that bulk update.
     *
     * @throws IllegalStateException when the priority is not high, because the row would then
     *     record an escalation that did not happen
     */
    public void recordPriorityEscalation(Instant now) {
        if (priority != Priority.HIGH) {
            throw new IllegalStateException(this + " was not escalated");
        }
        history.add(new StatusChange(this, status, status, ProjectAction.ESCALATE_PRIORITY, StatusChange.SYSTEM,
                now, null));
    }

    // ---- Status derived from executors' actions ---------------------------------------------

    void onLayoutTaken(String actor, Instant now) {
        if (workStartedAt == null) {
            workStartedAt = now;
        }
        if (status == ProjectStatus.WAITING) {
            moveTo(requireTransition(ProjectAction.FIRST_TAKE), ProjectAction.FIRST_TAKE, actor, null, now);
        }
    }

    void onLayoutCompleted(String actor, Instant now) {
        boolean allCompleted = items.stream().allMatch(i -> i.getWork().getStatus() == LayoutStatus.COMPLETED);
        if (allCompleted) {
            moveTo(requireTransition(ProjectAction.LAST_COMPLETE), ProjectAction.LAST_COMPLETE, actor, null, now);
        } else {
            // Updating the project row makes concurrent completions conflict on its version.
            touch(now);
        }
    }

    void onDifficultyReported(String actor, String description, Instant now) {
        ProjectStatus target = requireTransition(ProjectAction.REPORT_DIFFICULTY);
        moveTo(target, ProjectAction.REPORT_DIFFICULTY, actor, description, now);
    }

    // ---- Transition machinery ---------------------------------------------------------------

    private void apply(ProjectAction action, String actor, String comment, Instant now) {
        ProjectStatus target = requireTransition(action);
        moveTo(target, action, actor, Texts.optional(comment, TextField.COMMENT), now);
    }

    /** Returns where {@code action} leads from the current status, or rejects it naming both statuses. */
    private ProjectStatus requireTransition(ProjectAction action) {
        return action.targetFrom(status, statusBeforeSuspension).orElseThrow(() -> action.fixedTarget()
                .map(target -> new DomainRuleException("project.transition.forbidden", status, action, target))
                .orElseGet(() -> new DomainRuleException("project.action.forbidden", status, action)));
    }

    private void moveTo(ProjectStatus target, ProjectAction action, String actor, String comment, Instant now) {
        history.add(new StatusChange(this, status, target, action, Objects.requireNonNull(actor, "actor"), now, comment));
        status = target;
        touch(now);
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new DomainRuleException("project.notOpen", status);
        }
    }

    private void touch(Instant now) {
        updatedAt = Objects.requireNonNull(now, "now");
    }

    private Delivery delivery() {
        // JPA may load an embeddable whose columns are all null as null.
        if (delivery == null) {
            delivery = new Delivery();
        }
        return delivery;
    }

    // ---- Reading ----------------------------------------------------------------------------

    /** Returns whether the project was launched («Запустить проект»). */
    public boolean isLaunched() {
        return launchedAt != null;
    }

    /** Returns the layout work units of all items, in item order. */
    public List<LayoutWork> layouts() {
        return items.stream().map(Item::getWork).toList();
    }

    public Long getId() {
        return id;
    }

    public Client getClient() {
        return client;
    }

    public LeadSource getLeadSource() {
        return leadSource;
    }

    public Inquiry getInquiry() {
        return inquiry;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getMaterialLocation() {
        return materialLocation;
    }

    public List<Item> getItems() {
        return Collections.unmodifiableList(items);
    }

    public Executor getAssignedExecutor() {
        return assignedExecutor;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Priority getPriority() {
        return priority;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    /** Returns the status to return to on resume, or {@code null} unless suspended. */
    public ProjectStatus getStatusBeforeSuspension() {
        return statusBeforeSuspension;
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }

    public Instant getWorkStartedAt() {
        return workStartedAt;
    }

    /**
     * Returns the delivery details, empty when none were entered. Reading never changes the
     * project: replacing a {@code null} loaded by JPA here would make the provider write the
     * row and raise its version, and the next save of a form would fail as a concurrent edit.
     */
    public Delivery getDelivery() {
        return delivery != null ? delivery : new Delivery();
    }

    /** Returns the applied discount, or {@code null} when none was applied. */
    public AppliedDiscount getDiscount() {
        return discount != null && discount.isPresent() ? discount : null;
    }

    /** Returns the last recorded price total, or {@code null} before the first pricing. */
    public BigDecimal getPriceTotal() {
        return priceTotal;
    }

    public Instant getPricedAt() {
        return pricedAt;
    }

    /** Returns when the escalation last raised the priority, or {@code null}. */
    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /**
     * Returns the history in order. Loading it loads every row; screens page
     * {@link StatusChange#BY_PROJECT} instead.
     */
    public List<StatusChange> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public List<CourierRequestEvent> getCourierEvents() {
        return Collections.unmodifiableList(courierEvents);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Project[id=" + id + ", status=" + status + "]";
    }
}
