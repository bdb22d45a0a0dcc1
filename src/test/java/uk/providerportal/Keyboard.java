package uk.providerportal;

import static org.assertj.core.api.Assertions.fail;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A person using only the keyboard: Tab and Shift+Tab, typing and keys, all sent to whatever has focus. Every stop
 * that Tab reaches is checked for a focus indicator they can see.
 * <p>
 * How focus is judged visible: the focused control is photographed, then focus is moved back one stop with
 * Shift+Tab and the same area photographed again, and focus returns with Tab. Pixels that differ between the two
 * pictures by a contrast of at least 3:1 make up the indicator (the measure of WCAG 2.4.13, at the 3:1 that 1.4.11
 * asks of AA); there must be at least as many as a one-pixel outline around the focused element would have. This
 * judges what is on the screen, whether the ring comes from an outline, a shadow or a part inside a web
 * component, and a faint ring fails it. The band along the edges of the control that takes focus on the way back
 * is left out, so its own ring is never counted (only the band: it may enclose the focused control, as a file row
 * holds its remove button). Text carets are hidden, so their blinking neither helps nor disturbs.
 */
public final class Keyboard {

    /** Room around the control for its ring (3px), a gap (2px) and GOV.UK's underline (4px). */
    private static final int MARGIN = 10;
    private static final double INDICATOR_CONTRAST = 3.0;

    private final Browser browser;
    private final ChromeDriver driver;
    private int shots;

    Keyboard(Browser browser, ChromeDriver driver) {
        this.browser = browser;
        this.driver = driver;
    }

    /** What has focus: the control's tag and its name as a person would read it, and where both are. */
    public record Focus(String tag, String name, WebElement control, Rectangle controlBox, Rectangle focusedBox) {

        public boolean is(String tag, String name) {
            return this.tag.equals(tag) && this.name.equals(name);
        }

        @Override
        public String toString() {
            return tag + " “" + name + "”";
        }
    }

    /** Presses Tab, checks the indicator of what now has focus and tells what that is. */
    public Focus tab() {
        browser.waitUntilSettled();
        press(Keys.TAB);
        hideCarets();
        BufferedImage focusedShot = settledScreenshot();
        Focus focus = focus();
        assertFocusVisible(focus, focusedShot);
        return focus;
    }

    /** Presses Tab until the target has focus, checking every stop on the way; fails after {@code most} stops. */
    public Focus tabUntil(Predicate<Focus> target, int most, String what) {
        for (int stop = 0; stop < most; stop++) {
            Focus focus = tab();
            if (target.test(focus)) {
                return focus;
            }
        }
        return fail("Tab did not reach " + what + " within " + most + " stops");
    }

    public void type(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    public void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** Shift held down while Tab is pressed (a chord sent as keys would press and release Shift first). */
    public void shiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    /** What has focus now, looking inside web components to the element that really holds it. */
    @SuppressWarnings("unchecked")
    public Focus focus() {
        var found = (Map<String, Object>) driver.executeScript("""
                const controls = 'vaadin-text-field, vaadin-text-area, vaadin-integer-field, vaadin-big-decimal-field,'
                        + 'vaadin-select, vaadin-date-picker, vaadin-combo-box, vaadin-checkbox, vaadin-radio-button,'
                        + 'vaadin-button, vaadin-side-nav-item';
                let focused = document.activeElement;
                while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                    focused = focused.shadowRoot.activeElement;
                }
                if (!focused || focused === document.body) {
                    return {tag: 'body', name: '', control: document.body, focused: [0, 0, 0, 0]};
                }
                let control = focused;
                for (let node = focused; node; node = node.parentNode || node.host) {
                    if (node.nodeType === 1 && node.matches(controls)) {
                        control = node;
                        break;
                    }
                }
                const r = focused.getBoundingClientRect();
                const name = control.label || control.getAttribute('aria-label') || focused.getAttribute('aria-label')
                        || control.fileName
                        || (control.innerText || control.value || '').trim().split('\\n')[0] || control.id || '';
                return {tag: control.localName, name: name, control: control,
                        focused: [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)]};
                """);
        WebElement control = (WebElement) found.get("control");
        return new Focus((String) found.get("tag"), (String) found.get("name"), control, box(control),
                rectangle(found.get("focused")));
    }

    private void assertFocusVisible(Focus focus, BufferedImage focusedShot) {
        if (focus.tag().equals("body")) {
            fail("Tab left the page: nothing in it has focus");
        }
        shiftTab();
        BufferedImage unfocusedShot = settledScreenshot();
        Focus previous = focus();
        Rectangle unfocusedBox = box(focus.control());
        press(Keys.TAB);
        Focus back = focus();
        if (!back.is(focus.tag(), focus.name())) {
            fail("Shift+Tab then Tab did not come back to " + focus + " but reached " + back);
        }

        Rectangle area = grown(focus.controlBox(), MARGIN);
        Rectangle areaUnfocused = grown(unfocusedBox, MARGIN);
        // Only the band where the previous control's own ring can be: it may enclose this one (a file row holds
        // its remove button), and then its middle must still count.
        Rectangle maskOuter = previous.tag().equals("body") ? new Rectangle() : grown(previous.controlBox(), MARGIN);
        Rectangle maskInner = grown(previous.controlBox(), -MARGIN);
        int indicator = 0;
        for (int y = 0; y < area.height; y++) {
            for (int x = 0; x < area.width; x++) {
                int fx = area.x + x;
                int fy = area.y + y;
                int ux = areaUnfocused.x + x;
                int uy = areaUnfocused.y + y;
                boolean masked = maskOuter.contains(ux, uy) && !maskInner.contains(ux, uy);
                if (!inside(focusedShot, fx, fy) || !inside(unfocusedShot, ux, uy) || masked) {
                    continue;
                }
                if (contrast(focusedShot.getRGB(fx, fy), unfocusedShot.getRGB(ux, uy)) >= INDICATOR_CONTRAST) {
                    indicator++;
                }
            }
        }
        int needed = 2 * (focus.focusedBox().width + focus.focusedBox().height);
        if (indicator < needed) {
            int shot = ++shots;
            Path before = save(unfocusedShot, "focus-missing-" + shot + "-unfocused");
            Path after = save(focusedShot, "focus-missing-" + shot + "-focused");
            fail("No visible focus on " + focus + ": only " + indicator + " pixels change by 3:1 when it takes "
                    + "focus, where a one-pixel outline would have " + needed + ". See " + before + " and " + after);
        }
    }

    private Rectangle box(WebElement element) {
        return rectangle(driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)];
                """, element));
    }

    /** A screenshot taken once two in a row agree, so no transition is caught half way. */
    private BufferedImage settledScreenshot() {
        BufferedImage last = screenshot();
        for (int attempt = 0; attempt < 20; attempt++) {
            BufferedImage next = screenshot();
            if (same(last, next)) {
                return next;
            }
            last = next;
        }
        return last;
    }

    private BufferedImage screenshot() {
        try {
            return ImageIO.read(new ByteArrayInputStream(driver.getScreenshotAs(OutputType.BYTES)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void hideCarets() {
        driver.executeScript("""
                if (!document.getElementById('keyboard-test-carets')) {
                    const style = document.createElement('style');
                    style.id = 'keyboard-test-carets';
                    style.textContent = 'input, textarea { caret-color: transparent !important; }';
                    document.head.appendChild(style);
                }
                """);
    }

    private static boolean same(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean inside(BufferedImage image, int x, int y) {
        return x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight();
    }

    /** WCAG's contrast ratio between two sRGB colours. */
    static double contrast(int rgb1, int rgb2) {
        double l1 = luminance(rgb1);
        double l2 = luminance(rgb2);
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff)
                + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static Rectangle grown(Rectangle r, int by) {
        return new Rectangle(r.x - by, r.y - by, Math.max(0, r.width + 2 * by), Math.max(0, r.height + 2 * by));
    }

    private static Rectangle rectangle(Object box) {
        List<?> numbers = (List<?>) box;
        return new Rectangle(((Number) numbers.get(0)).intValue(), ((Number) numbers.get(1)).intValue(),
                ((Number) numbers.get(2)).intValue(), ((Number) numbers.get(3)).intValue());
    }

    private Path save(BufferedImage image, String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            ImageIO.write(image, "png", target.toFile());
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
