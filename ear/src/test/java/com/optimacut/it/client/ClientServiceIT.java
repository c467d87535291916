package com.optimacut.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.domain.layout.LayoutFormat;
import com.optimacut.ejb.client.ClientContacts;
import com.optimacut.ejb.client.ClientDetails;
import com.optimacut.ejb.client.ClientFileSummary;
import com.optimacut.ejb.client.ClientMaterialPrice;
import com.optimacut.ejb.client.ClientService;
import com.optimacut.ejb.client.ClientSummary;
import com.optimacut.ejb.client.FileContent;
import com.optimacut.ejb.client.FileDimensions;
import com.optimacut.ejb.client.SpecialTerms;
import com.optimacut.ejb.client.UploadedFile;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.common.Page;
import com.optimacut.it.pricing.PricingFixture;
import com.optimacut.it.support.Deployments;
import com.optimacut.it.support.RunAsAdmin;
import com.optimacut.it.support.RunAsExecutor1;
import com.optimacut.it.support.RunAsIntegrator;
import com.optimacut.it.support.RunAsManager;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link ClientService} inside Payara on PostgreSQL: contacts and search page in the database,
 * uploads are analysed or kept for manual dimensions, a bad file stores nothing, a used file stays.
 */
@ExtendWith(ArquillianExtension.class)
class ClientServiceIT {

    private static final double MM = 0.01;

    @Deployment
    static EnterpriseArchive deployment() {
        return LayoutSamples.addTo(Deployments.inContainer(ClientServiceIT.class, PricingFixture.class));
    }

    @Inject
    private ClientService clients;

    @EJB
    private PricingFixture fixture;

    @Inject
    private RunAsManager asManager;

    @Inject
    private RunAsAdmin asAdmin;

    @Inject
    private RunAsExecutor1 asExecutor;

    @Inject
    private RunAsIntegrator asIntegrator;

    // ---- Files ----------------------------------------------------------------------------

    @Test
    void dxfUploadStoresAnalysis() throws Exception {
        long clientId = fixture.client();

        UploadedFile uploaded = asManager.call(() -> clients.upload(clientId, "plate.dxf",
                LayoutSamples.read(LayoutSamples.RECT_WITH_HOLE_DXF)));

        ClientFileSummary file = uploaded.file();
        assertEquals(LayoutFormat.DXF, file.format());
        assertEquals(362.8319, file.measures().cutLengthMm(), MM);
        assertEquals(2, file.measures().contours());
        assertEquals(100, file.measures().bboxWidthMm(), MM);
        assertEquals(50, file.measures().bboxHeightMm(), MM);
        assertEquals(362.8319, ((Number) fixture.column("client_file", "cut_length_mm", file.id())).doubleValue(), MM);
        assertEquals(1, fixture.count("client_file_content", "file_id", file.id()));
    }

    @Test
    void svgUploadStoresAnalysis() throws Exception {
        long clientId = fixture.client();

        ClientFileSummary file = asManager.call(() -> clients.upload(clientId, "plate.svg",
                LayoutSamples.read(LayoutSamples.RECT_WITH_HOLE_SVG))).file();

        assertEquals(LayoutFormat.SVG, file.format());
        assertEquals(4685.8407, file.measures().netAreaMm2(), MM);
        assertFalse(file.needsDimensions());
    }

    @Test
    void truncatedDxfRejectedAndNothingStored() throws Exception {
        long clientId = fixture.client();
        byte[] truncated = LayoutSamples.read(LayoutSamples.TRUNCATED_DXF);

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asManager.call(() -> clients.upload(clientId, "broken.dxf", truncated)));

        assertEquals(BusinessException.Source.LAYOUT, rejected.getSource());
        assertTrue(rejected.getKey().startsWith("layout.error."), rejected.getKey());
        assertTrue(rejected.localizedMessage(Locale.forLanguageTag("ru")).contains("broken.dxf"));
        assertTrue(rejected.localizedMessage(Locale.ENGLISH).contains("broken.dxf"));
        assertEquals(0, fixture.count("client_file", "client_id", clientId));
    }

    @Test
    void pdfAcceptedAsNeedingDimensions() throws Exception {
        long clientId = fixture.client();

        ClientFileSummary file = asManager.call(() -> clients.upload(clientId, "drawing.pdf",
                LayoutSamples.pdf(PricingFixture.uniqueCode("pdf")))).file();

        assertEquals(LayoutFormat.PDF, file.format());
        assertTrue(file.needsDimensions());
        assertEquals(1, fixture.count("client_file", "client_id", clientId));
    }

    @Test
    void dimensionsEnteredForPdfAreStored() throws Exception {
        long fileId = uploadPdf(fixture.client());

        ClientFileSummary file = asManager.call(() -> clients.enterDimensions(fileId,
                new FileDimensions(new BigDecimal("120.5"), new BigDecimal("80"), new BigDecimal("450"), 3, null)));

        assertFalse(file.needsDimensions());
        assertEquals(0, new BigDecimal("120.5").compareTo((BigDecimal) fixture.column("client_file",
                "manual_width_mm", fileId)));
    }

    @Test
    void dimensionsForDxfRejected() throws Exception {
        long clientId = fixture.client();
        long fileId = asManager.call(() -> clients.upload(clientId, "plate.dxf",
                LayoutSamples.read(LayoutSamples.RECT_WITH_HOLE_DXF))).file().id();

        BusinessException rejected = assertThrows(BusinessException.class, () -> asManager.call(
                () -> clients.enterDimensions(fileId, new FileDimensions(BigDecimal.TEN, BigDecimal.TEN, null, null, null))));

        assertEquals("clientFile.dimensionsFromAnalysis", rejected.getKey());
    }

    @Test
    void sameContentStoredOnce() throws Exception {
        long clientId = fixture.client();
        byte[] content = LayoutSamples.read(LayoutSamples.RECT_WITH_HOLE_DXF);
        UploadedFile first = asManager.call(() -> clients.upload(clientId, "plate.dxf", content));

        UploadedFile second = asManager.call(() -> clients.upload(clientId, "plate-copy.dxf", content));

        assertTrue(second.duplicate());
        assertEquals(first.file().id(), second.file().id());
        assertEquals(1, fixture.count("client_file", "client_id", clientId));
    }

    @Test
    void fileAbove50MbRejected() throws Exception {
        long clientId = fixture.client();
        byte[] huge = LayoutSamples.pdf("huge");
        byte[] padded = Arrays.copyOf(huge, 50 * 1024 * 1024 + 1);

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asManager.call(() -> clients.upload(clientId, "huge.pdf", padded)));

        assertEquals("clientFile.tooLarge", rejected.getKey());
        assertEquals(0, fixture.count("client_file", "client_id", clientId));
    }

    @Test
    void filesListedNewestFirstByPage() throws Exception {
        long clientId = fixture.client();
        long older = uploadPdf(clientId);
        long newer = uploadPdf(clientId);
        uploadPdf(clientId);

        Page<ClientFileSummary> page = asManager.call(() -> clients.files(clientId, 1, 2));

        assertEquals(3, page.total());
        assertEquals(List.of(newer, older), page.rows().stream().map(ClientFileSummary::id).toList());
    }

    @Test
    void downloadReturnsStoredBytes() throws Exception {
        long clientId = fixture.client();
        byte[] content = LayoutSamples.read(LayoutSamples.RECT_WITH_HOLE_SVG);
        long fileId = asManager.call(() -> clients.upload(clientId, "plate.svg", content)).file().id();

        FileContent downloaded = asManager.call(() -> clients.download(fileId));

        assertEquals("plate.svg", downloaded.fileName());
        assertEquals("image/svg+xml", downloaded.contentType());
        assertTrue(Arrays.equals(content, downloaded.content()));
    }

    @Test
    void unusedFileDeletedWithContent() throws Exception {
        long fileId = uploadPdf(fixture.client());

        asManager.call(() -> {
            clients.delete(fileId);
            return null;
        });

        assertEquals(0, fixture.count("client_file", "id", fileId));
        assertEquals(0, fixture.count("client_file_content", "file_id", fileId));
    }

    @Test
    void fileUsedByItemNotDeleted() throws Exception {
        long clientId = fixture.client();
        long fileId = uploadPdf(clientId);
        fixture.projectWithItem(clientId, fileId, fixture.plywood(BigDecimal.ZERO), 5);

        BusinessException rejected = assertThrows(BusinessException.class, () -> asManager.call(() -> {
            clients.delete(fileId);
            return null;
        }));

        assertEquals("clientFile.inUse", rejected.getKey());
        assertEquals(1, fixture.count("client_file", "id", fileId));
        assertEquals(1, fixture.count("client_file_content", "file_id", fileId));
    }

    // ---- Contacts, search and terms -----------------------------------------------------

    @Test
    void createdClientStored() throws Exception {
        String name = PricingFixture.uniqueCode("ООО Ромашка");

        ClientDetails created = asManager.call(() -> clients.create(contacts(name, "Info@Example.test", "+7 912 000-11-22")));

        assertEquals(name, fixture.column("client", "name", created.id()));
    }

    @Test
    void invalidEmailRejected() {
        String name = PricingFixture.uniqueCode("Клиент");

        BusinessException rejected = assertThrows(BusinessException.class,
                () -> asManager.call(() -> clients.create(contacts(name, "not-an-address", null))));

        assertEquals("client.email.invalid", rejected.getKey());
        assertEquals(0, fixture.count("client", "name", name));
    }

    @Test
    void searchPagesInDatabase() throws Exception {
        String token = PricingFixture.uniqueCode("поиск");
        for (String prefix : List.of("А", "Б", "В")) {
            asManager.call(() -> clients.create(contacts(prefix + " " + token, null, null)));
        }

        Page<ClientSummary> first = asManager.call(() -> clients.list(token.toUpperCase(Locale.ROOT), 0, 2));
        Page<ClientSummary> second = asManager.call(() -> clients.list(token, 2, 2));

        assertEquals(3, first.total());
        assertEquals(List.of("А " + token, "Б " + token), first.rows().stream().map(ClientSummary::name).toList());
        assertEquals(List.of("В " + token), second.rows().stream().map(ClientSummary::name).toList());
    }

    @Test
    void searchTreatsPercentAsText() throws Exception {
        String token = PricingFixture.uniqueCode("скидка");
        asManager.call(() -> clients.create(contacts(token + " 100% клиент", null, null)));
        asManager.call(() -> clients.create(contacts(token + " 1000 клиент", null, null)));

        Page<ClientSummary> found = asManager.call(() -> clients.list(token + " 100%", 0, 10));

        assertEquals(1, found.total());
    }

    @Test
    void findByEmailIgnoresCase() throws Exception {
        String email = PricingFixture.uniqueCode("mail") + "@Example.test";
        long id = asManager.call(() -> clients.create(contacts(PricingFixture.uniqueCode("Клиент"), email, null))).id();

        List<ClientSummary> found = asIntegrator.call(() -> clients.findByEmail(email.toUpperCase(Locale.ROOT)));

        assertEquals(List.of(id), found.stream().map(ClientSummary::id).toList());
    }

    @Test
    void findByPhoneIgnoresFormatting() throws Exception {
        String digits = String.valueOf(1_000_000_000L + (long) (Math.random() * 8_999_999_999L)).substring(0, 10);
        String stored = "+7 (" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
        long id = asManager.call(() -> clients.create(contacts(PricingFixture.uniqueCode("Клиент"), null, stored))).id();

        List<ClientSummary> found = asManager.call(() -> clients.findByPhone("8" + digits));

        assertEquals(List.of(id), found.stream().map(ClientSummary::id).toList());
    }

    @Test
    void staleVersionUpdateRejected() throws Exception {
        ClientDetails created = asManager.call(() -> clients.create(contacts(PricingFixture.uniqueCode("Клиент"), null, null)));
        asManager.call(() -> clients.updateContacts(created.id(), created.version(), contacts("Новое имя", null, null)));

        BusinessException rejected = assertThrows(BusinessException.class, () -> asManager.call(
                () -> clients.updateContacts(created.id(), created.version(), contacts("Другое имя", null, null))));

        assertEquals("concurrent.modification", rejected.getKey());
        assertEquals("Новое имя", fixture.column("client", "name", created.id()));
    }

    @Test
    void specialTermsStored() throws Exception {
        long clientId = fixture.client();
        long materialId = fixture.plywood(BigDecimal.ZERO);
        long version = asManager.call(() -> clients.find(clientId)).version();
        SpecialTerms terms = new SpecialTerms("Оптовый клиент", new BigDecimal("4.5"), null,
                List.of(new ClientMaterialPrice(materialId, null, new BigDecimal("1000.00"), null)));

        ClientDetails updated = asManager.call(() -> clients.updateSpecialTerms(clientId, version, terms));

        assertEquals(0, new BigDecimal("4.5").compareTo(updated.discountPercent()));
        assertEquals(1, updated.specialPrices().size());
        assertEquals(1, fixture.count("client_material_price", "client_id", clientId));
    }

    @Test
    void specialPricesReplacedAsWhole() throws Exception {
        long clientId = fixture.client();
        long plywood = fixture.plywood(BigDecimal.ZERO);
        long other = fixture.plywood(BigDecimal.ZERO);
        long version = asManager.call(() -> clients.find(clientId)).version();
        ClientDetails first = asManager.call(() -> clients.updateSpecialTerms(clientId, version, new SpecialTerms(null,
                null, null, List.of(new ClientMaterialPrice(plywood, null, new BigDecimal("900.00"), null)))));

        ClientDetails second = asManager.call(() -> clients.updateSpecialTerms(clientId, first.version(),
                new SpecialTerms(null, null, null, List.of(
                        new ClientMaterialPrice(plywood, null, new BigDecimal("950.00"), null),
                        new ClientMaterialPrice(other, null, null, new BigDecimal("2500.00"))))));

        assertEquals(2, second.specialPrices().size());
        assertEquals(2, fixture.count("client_material_price", "client_id", clientId));
    }

    // ---- Authorization --------------------------------------------------------------------

    @Test
    void integratorCreatesClient() throws Exception {
        ClientDetails created = asIntegrator.call(() -> clients.create(contacts(PricingFixture.uniqueCode("Сайт"), null, null)));

        assertNotNull(created);
    }

    @Test
    void integratorCannotUpload() {
        long clientId = fixture.client();

        assertThrows(EJBAccessException.class, () -> asIntegrator.call(
                () -> clients.upload(clientId, "x.pdf", LayoutSamples.pdf("x"))));
    }

    @Test
    void integratorCannotChangeSpecialTerms() {
        long clientId = fixture.client();

        assertThrows(EJBAccessException.class, () -> asIntegrator.call(
                () -> clients.updateSpecialTerms(clientId, 0, new SpecialTerms(null, null, null, null))));
    }

    @Test
    void executorCannotListClients() {
        assertThrows(EJBAccessException.class, () -> asExecutor.call(() -> clients.list(null, 0, 10)));
    }

    @Test
    void adminCannotReadFiles() {
        long clientId = fixture.client();

        assertThrows(EJBAccessException.class, () -> asAdmin.call(() -> clients.files(clientId, 0, 10)));
    }

    @Test
    void anonymousCallsRejected() {
        long clientId = fixture.client();

        assertThrows(EJBAccessException.class, () -> clients.create(contacts("Аноним", null, null)));
        assertThrows(EJBAccessException.class, () -> clients.updateContacts(clientId, 0, contacts("Аноним", null, null)));
        assertThrows(EJBAccessException.class, () -> clients.find(clientId));
        assertThrows(EJBAccessException.class, () -> clients.findByEmail("a@b.test"));
        assertThrows(EJBAccessException.class, () -> clients.findByPhone("89120001122"));
        assertThrows(EJBAccessException.class, () -> clients.files(clientId, 0, 10));
        assertThrows(EJBAccessException.class, () -> clients.download(1));
        assertThrows(EJBAccessException.class, () -> clients.delete(1));
        assertThrows(EJBAccessException.class,
                () -> clients.enterDimensions(1, new FileDimensions(BigDecimal.ONE, BigDecimal.ONE, null, null, null)));
    }

    private long uploadPdf(long clientId) throws Exception {
        return asManager.call(() -> clients.upload(clientId, "drawing.pdf",
                LayoutSamples.pdf(PricingFixture.uniqueCode("pdf")))).file().id();
    }

    private static ClientContacts contacts(String name, String email, String phone) {
        return new ClientContacts(name, "Иван Петров", email, phone, null, null);
    }
}
