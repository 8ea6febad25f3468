"""Helpers and data for the service tests (imported by them; conftest.py holds the fixtures)."""

from __future__ import annotations

PAYLOAD = "<script>alert(1)</script> <img src=x onerror=alert(1)>"
HOSTILE = (
    f"Senators debate a bill {PAYLOAD}\n\n"
    "WASHINGTON -- Senator Maria Lopez said on Tuesday that the United States would send aid "
    f"to Ukraine. \"We will not wait {PAYLOAD},\" Lopez told reporters. The bill, she added, "
    "would cost $2 billion. Russia condemned the plan and accused Washington of escalation.\n"
)


def console_errors(driver) -> list[str]:
    """Severe browser console entries since the last call (CSP violations included)."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def visit(driver, url: str) -> None:
    """Load ``url``, wait for the page's script, and fail on any console error."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    WebDriverWait(driver, 20).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )
    errors = console_errors(driver)
    assert not errors, f"console errors on {url}: {errors}"
