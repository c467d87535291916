package com.optimacut.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.optimacut.it.support.Browser;
import com.optimacut.it.support.BrowserExtension;
import com.optimacut.it.support.Deployments;
import com.optimacut.it.support.TestSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * «Доставки» in Chromium: the courier request of a new project is sent once, the button is then
 * disabled with who sent it and when, «Сбросить» enables it, and the second send is the second
 * e-mail at the SMTP server. GreenMail runs in this JVM on the test server's SMTP port; the
 * project is created through {@link BrowserScenarioServlet} with a delivery date of its own far
 * ahead, so the date filter shows it alone.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class DeliveriesBrowserIT {

    /** Maximum wait for the outbox worker (1 s passes on the test server) to send both messages. */
    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(90);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(TestSettings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(BrowserScenarioServlet.class, BoardFixture.class,
                BoardFixture.Catalogue.class);
    }

    private final BrowserScenario scenario = new BrowserScenario();
    private final String tag = BrowserScenario.uniqueTag();

    @Test
    void courierRequestSentResetAndSentAgain(Browser manager) throws Exception {
        String name = "Доставка " + tag;
        int days = ThreadLocalRandom.current().nextInt(400, 4000);
        LocalDate day = LocalDate.now().plusDays(days);
        scenario.step("project", "name", name, "launch", "false", "deliveryDays", String.valueOf(days));
        manager.signIn("manager", "demo");
        manager.open("/app/deliveries.xhtml");
        chooseDate(manager, "deliveriesFrom", day);
        chooseDate(manager, "deliveriesTo", day);
        manager.driver().findElement(By.id("deliveriesForm:show")).click();

        confirm(manager, button(manager, name, "send"));
        manager.visible(rowPart(name, "//span[contains(@id, ':sentReason')]"));
        manager.screenshot("deliveries-sent-1280x800");
        String reason = manager.driver().findElement(rowPart(name, "//span[contains(@id, ':sentReason')]")).getText();
        assertFalse(button(manager, name, "send").isEnabled(), "send is disabled after the send");
        assertTrue(reason.startsWith("Отправлена "), reason);
        assertTrue(reason.endsWith(", manager"), reason);

        confirm(manager, button(manager, name, "reset"));
        manager.waitForText(By.id("growl_container"), "сброшена");
        assertTrue(button(manager, name, "send").isEnabled(), "send is enabled after «Сбросить»");

        confirm(manager, button(manager, name, "send"));
        manager.visible(rowPart(name, "//span[contains(@id, ':sentReason')]"));

        assertEquals(2, awaitCourierMails(name, 2).size(), "courier e-mails for " + name);
        Thread.sleep(3_000);
        assertEquals(2, courierMails(name).size(), "no third courier e-mail for " + name);
    }

    /**
     * Sets a date picker's date through its PrimeFaces widget: keys typed by WebDriver into the
     * picker's input were not taken over by the widget in headless Chromium.
     */
    private static void chooseDate(Browser browser, String widget, LocalDate day) {
        browser.visible(By.id("deliveriesForm:show"));
        ((JavascriptExecutor) browser.driver()).executeScript("PF(arguments[0]).setDate(new Date(arguments[1],"
                + " arguments[2] - 1, arguments[3]));", widget, day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    private static void confirm(Browser browser, WebElement button) {
        button.click();
        browser.visible(By.cssSelector("button.ui-confirmdialog-yes")).click();
    }

    private static By rowPart(String projectName, String path) {
        return By.xpath("//tbody[@id='deliveriesForm:deliveriesTable_data']/tr[td[contains(normalize-space(.), '"
                + projectName + "')]]" + path);
    }

    private static WebElement button(Browser browser, String projectName, String id) {
        return browser.visible(rowPart(projectName, "//button[substring(@id, string-length(@id) - string-length(':"
                + id + "') + 1) = ':" + id + "']"));
    }

    private static List<MimeMessage> awaitCourierMails(String projectName, int expected)
            throws MessagingException, InterruptedException {
        Instant deadline = Instant.now().plus(MAIL_TIMEOUT);
        List<MimeMessage> mails = courierMails(projectName);
        while (mails.size() < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            mails = courierMails(projectName);
        }
        return mails;
    }

    private static List<MimeMessage> courierMails(String projectName) throws MessagingException {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (message.getSubject().startsWith("Заявка в курьерскую службу: " + projectName + ",")) {
                mails.add(message);
            }
        }
        return mails;
    }
}
