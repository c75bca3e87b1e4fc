package org.cirm.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.assertj.core.api.Assertions;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver, headless, as .ci/run installs them. Nothing is
 * downloaded: the binaries are named, so Selenium's own driver manager stays idle.
 */
public final class HeadlessChromium {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	public static ChromeDriver start() {
		return start("en-GB");
	}

	/** A Chromium whose user reads this language first (its Accept-Language). */
	public static ChromeDriver start(String language) {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
				"needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--window-size=1400,1400", "--lang=" + language);
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		chrome.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
		return chrome;
	}

	/**
	 * axe-core on the page as it stands: nothing serious or critical against WCAG 2.1 AA.
	 */
	public static void assertAccessible(ChromeDriver chrome, String page) {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(chrome);
		List<String> serious = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(HeadlessChromium::describe)
			.toList();
		Assertions.assertThat(results.getPasses()).as("axe ran its rules on " + page).isNotEmpty();
		Assertions.assertThat(serious).as("serious accessibility violations on " + page).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
	}

	/** Logs the officer in through the login page (password {@code demo}). */
	public static void logIn(ChromeDriver chrome, String base, String officer) {
		chrome.manage().deleteAllCookies();
		chrome.get(base + "/login");
		chrome.findElement(By.id("username")).sendKeys(officer);
		chrome.findElement(By.id("password")).sendKeys("demo");
		chrome.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(chrome, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/officer"));
	}

	/**
	 * Types into a Camunda Forms field: Preact reads typing from key events on the
	 * focused field.
	 */
	public static void typeInForm(ChromeDriver chrome, String xpath, String text) {
		WebElement field = chrome.findElement(By.xpath(xpath));
		((JavascriptExecutor) chrome).executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
		field.click();
		new Actions(chrome).pause(Duration.ofMillis(300)).sendKeys(text).pause(Duration.ofMillis(300)).perform();
	}

}
