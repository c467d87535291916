package com.optimacut.it.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.optimacut.it.support.Browser;
import com.optimacut.it.support.BrowserExtension;
import com.optimacut.it.support.TestSettings;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * An administrator's test message goes from the «Почта» page through the outbox and the mail
 * session to the SMTP server, once.
 */
@ExtendWith(BrowserExtension.class)
class TestMailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(TestSettings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Test
    void testMessageReachesSmtpServer(Browser browser) throws Exception {
        browser.signIn("admin", "demo");
        browser.open("/app/admin/mail.xhtml");
        browser.visible(By.id("mailForm:recipient")).sendKeys("workshop@example.test");
        browser.driver().findElement(By.id("mailForm:send")).click();
        browser.visible(By.cssSelector(".ui-growl-message"));

        assertTrue(SMTP.waitForIncomingEmail(30_000, 1), "no message arrived within 30 s");
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertEquals("Оптима-Кат: проверка почты", received.getSubject());
        assertEquals("workshop@example.test", received.getAllRecipients()[0].toString());
        String plainText = (String) ((MimeMultipart) received.getContent()).getBodyPart(0).getContent();
        assertTrue(plainText.contains("admin"), plainText);
    }

    @Test
    void invalidAddressIsRejectedNextToField(Browser browser) throws Exception {
        browser.signIn("admin", "demo");
        browser.open("/app/admin/mail.xhtml");
        browser.visible(By.id("mailForm:recipient")).sendKeys("not an address");
        browser.driver().findElement(By.id("mailForm:send")).click();

        browser.waitForText(By.id("mailForm:messages"), "не похож на адрес электронной почты");
        Thread.sleep(3_000);
        assertEquals(0, SMTP.getReceivedMessages().length);
    }
}
