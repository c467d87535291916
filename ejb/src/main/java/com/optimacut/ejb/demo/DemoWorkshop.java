package com.optimacut.ejb.demo;

import com.optimacut.domain.client.Client;
import com.optimacut.domain.client.ClientFile;
import com.optimacut.domain.client.ClientFileContent;
import com.optimacut.domain.client.LeadSource;
import com.optimacut.domain.executor.Executor;
import com.optimacut.domain.executor.Trade;
import com.optimacut.domain.inquiry.Inquiry;
import com.optimacut.domain.layout.LayoutAnalysisException;
import com.optimacut.domain.layout.LayoutAnalyzer;
import com.optimacut.domain.layout.LayoutFormat;
import com.optimacut.domain.material.CuttingPricing;
import com.optimacut.domain.material.Material;
import com.optimacut.domain.material.MaterialKind;
import com.optimacut.domain.material.SheetPricing;
import com.optimacut.domain.pricing.PricingException;
import com.optimacut.domain.pricing.ProjectPrice;
import com.optimacut.domain.project.LayoutWork;
import com.optimacut.domain.project.Project;
import com.optimacut.domain.settings.AppSetting;
import com.optimacut.domain.settings.SettingKey;
import com.optimacut.domain.user.UserAccount;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.pricing.ItemPricing;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The workshop of the demo data set: lead sources, materials, the two executors with their
 * competencies, three clients with a layout file each, an inquiry, and one project in every
 * status, all made through the domain's own methods so they obey the same rules as real data.
 */
final class DemoWorkshop {

    private static final Logger LOG = Logger.getLogger(DemoWorkshop.class.getName());
    private static final String MANAGER = "manager";

    private final EntityManager em;
    private final Instant now = Instant.now();

    private Material plywood;
    private Material acrylic;
    private Material mdf;
    private Executor laser;
    private Executor mill;
    private List<LeadSource> sources;

    DemoWorkshop(EntityManager em) {
        this.em = em;
    }

    /** Creates the whole demo workshop; the demo accounts must exist already. */
    void create(Map<String, UserAccount> accounts) {
        sources = List.of(persist(new LeadSource("Сайт")), persist(new LeadSource("Рекомендация")),
                persist(new LeadSource("Авито")), persist(new LeadSource("Выставка")));
        createMaterials();
        laser = persist(new Executor(accounts.get("laser"), Trade.LASER_OPERATOR));
        laser.replaceCompetencies(List.of(plywood, acrylic, mdf));
        mill = persist(new Executor(accounts.get("mill"), Trade.MILLING_OPERATOR));
        mill.replaceCompetencies(List.of(mdf, plywood));
        em.find(AppSetting.class, SettingKey.COURIER_EMAIL.key()).change("courier@optimacut.example", "admin", now);
        em.find(AppSetting.class, SettingKey.VOLUME_DISCOUNT_TIERS.key()).change("50000=3; 100000=5", "admin", now);
        createClientsAndProjects();
        em.flush();
    }

    private void createMaterials() {
        plywood = material("PLY-FK-4", "Фанера ФК 4 мм", MaterialKind.PLYWOOD, "4", "1525", "1525");
        plywood.setSheetPrices(SheetPricing.PER_SHEET, money("950.00"), null);
        plywood.setCuttingByTime(new BigDecimal("25"), money("30.00"));
        acrylic = material("ACR-3-CLR", "Акрил прозрачный 3 мм", MaterialKind.ACRYLIC, "3", "3050", "2050");
        acrylic.setSheetPrices(SheetPricing.PER_AREA, null, money("2400.00"));
        acrylic.setCuttingPricing(CuttingPricing.BY_LENGTH);
        acrylic.setPricePerMetre(money("25.00"));
        mdf = material("MDF-6", "МДФ 6 мм", MaterialKind.MDF, "6", "2800", "2070");
        mdf.setSheetPrices(SheetPricing.PER_SHEET, money("1200.00"), null);
        mdf.setCuttingByTime(new BigDecimal("15"), money("30.00"));
        for (Material material : List.of(plywood, acrylic, mdf)) {
            material.setPricePerPierce(money("1.50"));
            material.setEngravingPricePerCm2(money("0.80"));
            material.setEngravingLineWidthMm(new BigDecimal("0.2"));
            material.setGapAndKerf(new BigDecimal("3"), new BigDecimal("0.2"));
            material.setMinimumCharge(money("500.00"));
            material.checkValid();
        }
    }

    private Material material(String code, String name, MaterialKind kind, String thickness, String width,
            String height) {
        return persist(new Material(code, name, kind, new BigDecimal(thickness), new BigDecimal(width),
                new BigDecimal(height)));
    }

    private void createClientsAndProjects() {
        Client decor = client("ООО «Декор-Плюс»", "Марина Ковалёва", "decor@client.example", "+7 912 000-11-22");
        Client orlov = client("Орлов Иван Сергеевич", null, "orlov@client.example", "+7 903 555-44-33");
        Client cafe = client("Кафе «Лето»", "Андрей Белов", "leto@client.example", "+7 495 123-45-67");
        ClientFile decorPanel = layout(decor, "панель-декор.svg", 200, 100);
        ClientFile orlovSign = layout(orlov, "табличка.svg", 120, 60);
        ClientFile cafeMenu = layout(cafe, "меню-подставка.svg", 150, 210);

        Inquiry inquiry = persist(new Inquiry(cafe, null, "Подставки под меню, 40 штук, акрил", sources.get(0), now));

        project("Панели для шоурума", decor, decorPanel, plywood, 12, null);
        Project launched = project("Вывеска «Открыто»", orlov, orlovSign, acrylic, 2, null);
        launched.launch(MANAGER, now);
        Project inProgress = launchedAndTaken("Декоративные панели, партия 2", decor, decorPanel, plywood, 30, laser);
        inProgress.changeDelivery("Екатеринбург, ул. Малышева, 51, офис 12", "Марина Ковалёва", "+7 912 000-11-22",
                LocalDate.now(ZoneOffset.UTC).plusDays(5), now);
        Project difficulties = launchedAndTaken("Подставки под меню", cafe, cafeMenu, acrylic, 40, laser);
        difficulties.linkInquiry(inquiry, MANAGER, now);
        layoutOf(difficulties).reportDifficulty(laser, "Лист акрила с царапинами, нужен другой", now);
        Project done = finished("Таблички на двери", orlov, orlovSign, mdf, 6);
        done.changeDeadline(now.plus(Duration.ofHours(20)), now);
        Project accepted = finished("Подарочные коробки", decor, decorPanel, plywood, 50);
        accepted.accept(MANAGER, "Проверено, всё в порядке", now);
        Project closed = finished("Логотип на стену", cafe, cafeMenu, mdf, 1);
        closed.accept(MANAGER, null, now);
        closed.close(MANAGER, "Оплачено и забрано", now);
        Project refused = project("Сувенирные магниты", orlov, orlovSign, plywood, 200, null);
        refused.refuse(MANAGER, "Клиент нашёл дешевле", now);
        Project suspended = project("Стенд для выставки", decor, decorPanel, mdf, 4, mill);
        suspended.launch(MANAGER, now);
        suspended.suspend(MANAGER, "Ждём оплату аванса", now);
    }

    private Project project(String name, Client client, ClientFile layout, Material material, int quantity,
            Executor executor) {
        Project project = new Project(client, name, MANAGER, now);
        project.changeDetails(name, "Демонстрационный проект", "материал мастерской, стеллаж 3", sources.get(1), now);
        project.changeDeadline(now.plus(Duration.ofDays(7)), now);
        project.addItem(quantity, layout, material, null, now);
        project.assignExecutor(executor, now);
        recordPrice(project);
        return persist(project);
    }

    /** Records the total a manager's save would record, so the list and the reports show money. */
    private void recordPrice(Project project) {
        try {
            project.recordPriceTotal(ProjectPrice.of(ItemPricing.of(project)).total(), now);
        } catch (BusinessException | PricingException e) {
            LOG.warning(() -> "Demo project \"" + project.getName() + "\" has no price: " + e.getMessage());
        }
    }

    private Project launchedAndTaken(String name, Client client, ClientFile layout, Material material, int quantity,
            Executor executor) {
        Project project = project(name, client, layout, material, quantity, null);
        project.launch(MANAGER, now);
        layoutOf(project).take(executor, now);
        return project;
    }

    private Project finished(String name, Client client, ClientFile layout, Material material, int quantity) {
        Project project = launchedAndTaken(name, client, layout, material, quantity, mill);
        layoutOf(project).complete(mill, now);
        return project;
    }

    private static LayoutWork layoutOf(Project project) {
        return project.layouts().get(0);
    }

    private Client client(String name, String contactPerson, String email, String phone) {
        Client client = new Client(name, now);
        client.changeContacts(name, contactPerson, email, phone, null);
        return persist(client);
    }

    /** Stores a generated SVG plate of the given size with a round hole, analysed like an upload. */
    private ClientFile layout(Client client, String fileName, int widthMm, int heightMm) {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + widthMm + "mm\" height=\"" + heightMm
                + "mm\" viewBox=\"0 0 " + widthMm + " " + heightMm + "\"><rect x=\"0\" y=\"0\" width=\"" + widthMm
                + "\" height=\"" + heightMm + "\"/><circle cx=\"" + widthMm / 2 + "\" cy=\"" + heightMm / 2
                + "\" r=\"10\"/></svg>";
        byte[] content = svg.getBytes(StandardCharsets.UTF_8);
        ClientFile file = new ClientFile(client, fileName, "image/svg+xml", content.length, sha256(content),
                LayoutFormat.SVG, MANAGER, now);
        try {
            file.recordAnalysis(new LayoutAnalyzer().analyze(fileName, content));
        } catch (LayoutAnalysisException e) {
            throw new IllegalStateException("the demo layout " + fileName + " must be valid", e);
        }
        persist(file);
        persist(new ClientFileContent(file, content));
        return file;
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
