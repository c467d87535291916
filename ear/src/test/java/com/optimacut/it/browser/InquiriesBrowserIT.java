package com.optimacut.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.optimacut.it.support.Browser;
import com.optimacut.it.support.BrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** «Заявки» in Chromium: recording an inquiry and refusing it, which needs a reason. */
@ExtendWith(BrowserExtension.class)
class InquiriesBrowserIT {

    @Test
    void inquiryIsRefusedOnlyWithReason(Browser browser) {
        browser.signIn("manager", "demo");
        browser.open("/app/inquiries.xhtml");
        String text = "IT заявка " + System.nanoTime();

        browser.openDialog(By.id("inquiriesForm:newInquiry"), "inquiryDialog");
        browser.visible(By.id("inquiryForm:contact")).sendKeys("Иван, +7 900 000-00-00");
        browser.driver().findElement(By.id("inquiryForm:text")).sendKeys(text);
        browser.driver().findElement(By.id("inquiryForm:create")).click();
        browser.waitForText(By.id("inquiriesForm:inquiriesTable"), text);
        browser.screenshot("inquiries");

        By row = By.xpath("//tr[.//span[@class='oc-inquiry-text' and text()='" + text + "']]");
        browser.openDialog(By.xpath("//tr[.//span[@class='oc-inquiry-text' and text()='" + text + "']]"
                + "//button[contains(@id, ':refuse')]"), "refuseDialog");
        browser.driver().findElement(By.id("refuseForm:refuse")).click();
        browser.waitForText(By.id("refuseForm"), "Заполните поле «Причина».");
        browser.screenshot("inquiry-refuse-rejected");

        browser.driver().findElement(By.id("refuseForm:reason")).sendKeys("Дорого");
        browser.driver().findElement(By.id("refuseForm:refuse")).click();

        browser.waitForText(row, "Дорого");
        assertEquals("Отказ", browser.driver().findElement(row).findElement(By.className("oc-outcome")).getText());
    }
}
