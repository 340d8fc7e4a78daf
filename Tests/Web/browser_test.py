"""End-to-end tests of `channels serve` in a real browser: Debian's headless Chromium, driven by Selenium.

Usage: browser_test.py BASE_URL [--screenshots DIR]
Run by Tests/Web/run.sh, which starts the server. Each check asserts what a user sees; every page is also
checked for console errors. With --screenshots, the three main pages are saved at 1280 px for the README.
"""
import argparse
import sys
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

HIGHLIGHT = "#d55e00"  # DiagramStyle.highlight: a route's channels


def browser(width, height):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=en-GB",
                     f"--window-size={width},{height}", "--force-device-scale-factor=1"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


class Checks:
    def __init__(self, base, screenshots):
        self.base = base.rstrip("/")
        self.screenshots = screenshots
        self.failures = 0
        self.driver = browser(1280, 900)

    def open(self, path):
        self.driver.get(self.base + path)
        return self.driver

    def wait(self, condition, message, timeout=10):
        WebDriverWait(self.driver, timeout).until(lambda driver: condition(driver), message)

    def no_console_errors(self, page):
        errors = [entry for entry in self.driver.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]
        assert not errors, f"{page}: console errors {errors}"

    def shoot(self, name):
        if self.screenshots:
            self.driver.save_screenshot(f"{self.screenshots}/{name}.png")

    def edges(self):
        return len(self.driver.find_elements(By.CSS_SELECTOR, "#diagram svg g.edge"))

    # The checks, in the order a new user meets the pages.

    def overview_then_click_an_actor(self):
        driver = self.open("/")
        assert "hostage deal" in driver.title, driver.title
        assert self.edges() > 50, f"the overview draws the channels ({self.edges()})"
        self.no_console_errors("overview")
        self.shoot("web-overview")
        link = driver.find_element(By.CSS_SELECTOR, "#diagram svg g#biden a")
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", link)
        self.wait(lambda d: d.current_url.startswith(self.base + "/actors/biden"), "clicking Joe Biden opens his page")
        assert driver.find_element(By.TAG_NAME, "h1").text == "Joe Biden"
        sources = driver.find_elements(By.CSS_SELECTOR, "ol.channels .sources li")
        assert len(sources) >= 10, f"his channels list their sources ({len(sources)})"
        self.no_console_errors("actor")

    def arabic_quotes_read_right_to_left(self):
        driver = self.open("/actors/hamas")
        quotes = driver.find_elements(By.CSS_SELECTOR, ".sources q[lang='ar']")
        assert quotes, "Hamas's channels quote Arabic sources"
        direction = driver.execute_script("return getComputedStyle(arguments[0]).direction", quotes[0])
        assert direction == "rtl", f"an Arabic quote is laid out right to left ({direction})"
        self.shoot("web-actor")
        self.no_console_errors("actor hamas")

    def route_from_arabic_names(self):
        driver = self.open("/path")
        form = driver.find_element(By.ID, "path-form")
        form.find_element(By.NAME, "from").send_keys("بايدن")
        form.find_element(By.NAME, "to").send_keys("حماس")
        form.find_element(By.NAME, "to").send_keys(Keys.ENTER)
        self.wait(lambda d: d.find_elements(By.ID, "answer"), "submitting Biden → Hamas shows an answer")
        heading = driver.find_element(By.CSS_SELECTOR, "#answer h2").text
        assert heading == "Joe Biden → Hamas: 2 hops", heading
        hops = driver.find_elements(By.CSS_SELECTOR, "ol.route li.hop")
        assert [hop.get_attribute("data-channel") for hop in hops] == ["biden-emir-call-2023-11-12", "emir-final-offer-to-hamas-2023-11"]
        for hop in hops:
            assert hop.find_elements(By.CSS_SELECTOR, ".sources li cite"), "every hop lists its sources"
        highlighted = driver.find_elements(By.CSS_SELECTOR, f"#route-diagram g.edge path[stroke='{HIGHLIGHT}']")
        assert len(highlighted) == 2, f"the route's two channels are drawn highlighted ({len(highlighted)})"
        self.shoot("web-path")
        self.no_console_errors("path")

    def slider_removes_channels(self):
        driver = self.open("/")
        before = self.edges()
        slider = driver.find_element(By.ID, "step")
        slider.send_keys(Keys.HOME)
        self.wait(lambda d: 0 < self.edges() < before, "moving the date slider to its start removes channels")
        assert driver.find_element(By.ID, "step-date").text == "2023-10-01", "the first stop is the first day a channel starts"
        summary = driver.find_element(By.ID, "diagram-summary").text
        assert summary.startswith("Showing") and f"{self.edges()} channels" in summary, summary
        assert "step=0" in driver.current_url, "the address keeps the slider's position"
        slider.send_keys(Keys.END)
        self.wait(lambda d: self.edges() == before, "moving it to the end brings them back")
        self.no_console_errors("slider")

    def filters_redraw(self):
        driver = self.open("/")
        before = self.edges()
        driver.find_element(By.CSS_SELECTOR, "#filters input[name='kind'][value='membership']").click()
        self.wait(lambda d: 0 < self.edges() < before, "unticking a channel kind redraws without it")
        self.no_console_errors("filters")

    def keyboard_reaches_everything(self):
        driver = self.open("/path")
        body = driver.find_element(By.TAG_NAME, "body")
        body.send_keys(Keys.TAB)
        assert driver.switch_to.active_element.text == "Skip to content", "the first Tab offers the skip link"
        focused = set()
        for _ in range(12):
            driver.switch_to.active_element.send_keys(Keys.TAB)
            element = driver.switch_to.active_element
            focused.add(element.get_attribute("name") or element.text)
        assert {"graph", "from", "to"} <= focused, f"Tab reaches the graph chooser and the route's ends ({focused})"

    def tables_sort(self):
        driver = self.open("/centrality")
        header = driver.find_element(By.XPATH, "//th/button[text()='name']")
        header.send_keys(Keys.ENTER)
        names = [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "table.sortable tbody tr td:nth-child(2)")]
        assert names == sorted(names, key=str.casefold) or names == sorted(names), f"sorted by name: {names[:5]}"
        self.no_console_errors("centrality")

    def what_if_without_qatar(self):
        driver = self.open("/whatif")
        driver.find_element(By.CSS_SELECTOR, "input[name='remove-side'][value='qatar']").click()
        driver.find_element(By.CSS_SELECTOR, "#whatif-form button[type='submit']").click()
        self.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#answer h2"), "comparing shows the answer")
        assert driver.find_element(By.CSS_SELECTOR, "#answer h2").text.startswith("Without"), "before/after"
        assert driver.find_elements(By.CSS_SELECTOR, "#whatif-diagram svg g.node"), "the picture is drawn"
        self.no_console_errors("whatif")

    def hostile_names_stay_text(self):
        driver = self.open("/actors/mallory?graph=hostile")
        assert driver.find_element(By.TAG_NAME, "h1").text == '<script>alert("x")</script> Mallory'
        assert not driver.find_elements(By.CSS_SELECTOR, "main script, main img"), "no element made from graph text"
        self.open("/?graph=hostile")
        assert self.edges() == 1
        self.no_console_errors("hostile")

    def phone_width(self):
        self.driver.quit()
        self.driver = browser(390, 844)
        for path in ["/", "/path?from=Biden&to=Hamas", "/actors/qatar-pm", "/centrality"]:
            driver = self.open(path)
            overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"{path} fits a phone's width (overflows by {overflow} px)"
            self.no_console_errors(f"phone {path}")

    def run(self):
        checks = [self.overview_then_click_an_actor, self.arabic_quotes_read_right_to_left, self.route_from_arabic_names,
                  self.slider_removes_channels, self.filters_redraw, self.keyboard_reaches_everything, self.tables_sort,
                  self.what_if_without_qatar, self.hostile_names_stay_text, self.phone_width]
        for check in checks:
            try:
                check()
                print(f"ok    {check.__name__}")
            except Exception as error:  # report every failing check, then fail
                self.failures += 1
                print(f"FAIL  {check.__name__}: {error}")
        self.driver.quit()
        print(f"{len(checks) - self.failures} of {len(checks)} browser checks passed")
        return 1 if self.failures else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--screenshots")
    arguments = parser.parse_args()
    sys.exit(Checks(arguments.base, arguments.screenshots).run())
