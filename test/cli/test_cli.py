#!/usr/bin/env python3
"""Command-line behaviour of concord through the real binary: exit codes,
JSON validity against the contract's schema, determinism, bad input."""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import unittest

ARGS = None


def run(*args, cwd=None):
    return subprocess.run([ARGS.concord, *args], capture_output=True, text=True, cwd=cwd)


def schema(name):
    for base in (os.path.join(ARGS.root, "..", "shared", "schemas"), os.path.join(ARGS.root, "docs", "schemas")):
        path = os.path.join(base, name)
        if os.path.exists(path):
            with open(path) as f:
                return json.load(f)
    raise unittest.SkipTest(f"{name} not found")


def fixture(name):
    return os.path.join(ARGS.root, "test", "fixtures", "input", name)


SEED0 = None


class Cli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        global SEED0
        SEED0 = os.path.join(ARGS.root, "corpora", "seeds", "000_fbff593f6d672fef.txt")

    def test_version(self):
        r = run("version")
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout, r"^concord \d+\.\d+\.\d+")

    def test_missing_path_exits_3_with_one_line(self):
        r = run("check", "/nonexistent/policy.md")
        self.assertEqual(r.returncode, 3)
        self.assertEqual(r.stdout, "")
        self.assertEqual(len(r.stderr.strip().splitlines()), 1)
        self.assertIn("/nonexistent/policy.md", r.stderr)

    def test_bad_flag_and_unknown_rule_exit_2(self):
        self.assertEqual(run("check", "--no-such-flag", SEED0).returncode, 2)
        r = run("check", "--enable", "nosuch/rule", SEED0)
        self.assertEqual(r.returncode, 2)
        self.assertIn("nosuch/rule", r.stderr)

    def test_bad_config_exits_2_naming_file_and_line(self):
        with tempfile.TemporaryDirectory() as d:
            cfg = os.path.join(d, "c.toml")
            with open(cfg, "w") as f:
                f.write('fail-on = "warning"\nbogus = 1\n')
            r = run("check", "--config", cfg, SEED0)
            self.assertEqual(r.returncode, 2)
            self.assertIn("c.toml:2:", r.stderr)

    def test_fail_on_controls_exit_code(self):
        self.assertEqual(run("check", SEED0).returncode, 1)
        self.assertEqual(run("check", "--fail-on", "never", SEED0).returncode, 0)
        # The seed's errors are its Traditional characters and the row they repeat.
        self.assertEqual(run("check", "--disable", "script/", "--disable", "parity/", SEED0).returncode, 0)
        self.assertEqual(run("check", "--disable", "script/", SEED0).returncode, 1)

    def test_seed_json_matches_schema_and_contract(self):
        r = run("check", "--format", "json", SEED0)
        self.assertEqual(r.returncode, 1, r.stderr)
        data = json.loads(r.stdout)
        import jsonschema
        jsonschema.validate(data, schema("concord-check.schema.json"))
        versions = data["documents"][0]["versions"]
        self.assertEqual([(v["lang"], v["line"], v["end_line"]) for v in versions],
                         [("en", 3, 18), ("zh-Hant", 22, 31), ("zh-Hans", 35, 60)])
        lines = sorted(f["line"] for f in data["findings"] if f["rule"] == "script/hant-in-hans")
        self.assertEqual(lines, [38, 41, 46, 51])

    def test_output_is_deterministic(self):
        seeds = os.path.join(ARGS.root, "corpora", "seeds")
        a = run("check", "--format", "json", "--jobs", "2", seeds).stdout
        b = run("check", "--format", "json", "--jobs", "1", seeds).stdout
        self.assertEqual(a, b)

    def test_bad_inputs_never_crash(self):
        expectations = {
            "empty.txt": None,
            "binary.txt": ("input/undecodable", 17),
            "elf-binary.txt": ("input/undecodable", 0),
            "invalid-utf8.txt": ("input/undecodable", 43),
            "gb18030-zh-Hans.txt": None,
            "big5-zh-Hant.txt": None,
            "shift_jis-ja.txt": None,
            "euc-jp-ja.txt": None,
            "utf16le-bom-en.txt": None,
        }
        for name, want in expectations.items():
            with self.subTest(name=name):
                r = run("check", "--format", "json", "--fail-on", "never", fixture(name))
                self.assertEqual(r.returncode, 0, r.stderr)
                data = json.loads(r.stdout)
                inputs = [(f["rule"], f["offset"]) for f in data["findings"] if f["rule"].startswith("input/")]
                if want is None:
                    self.assertEqual(inputs, [])
                else:
                    self.assertEqual(inputs, [want])

    def test_transcoded_positions_point_into_original_bytes(self):
        r = run("check", "--format", "json", fixture("gb18030-leak.txt"))
        data = json.loads(r.stdout)
        f = [x for x in data["findings"] if x["rule"] == "script/hant-in-hans"][0]
        self.assertEqual((f["line"], f["column"], f["offset"], f["length"]), (4, 2, 37, 8))
        with open(fixture("gb18030-leak.txt"), "rb") as fh:
            raw = fh.read()
        self.assertEqual(raw[f["offset"]:f["offset"] + f["length"]].decode("gb18030"), "運行的穩")

    def test_undecodable_file_does_not_stop_the_others(self):
        r = run("check", "--format", "json", "--fail-on", "never", fixture("binary.txt"), fixture("hant-in-hans.txt"))
        data = json.loads(r.stdout)
        rules = sorted(f["rule"] for f in data["findings"])
        self.assertEqual(rules, ["input/undecodable", "script/hant-in-hans"])

    def test_check_never_modifies_inputs(self):
        with open(SEED0, "rb") as fh:
            before = fh.read()
        run("check", SEED0)
        with open(SEED0, "rb") as fh:
            self.assertEqual(fh.read(), before)

    def test_output_file(self):
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "report.json")
            r = run("check", "--format", "json", "--output", out, SEED0)
            self.assertEqual(r.stdout, "")
            with open(out) as f:
                self.assertIn("findings", json.load(f))
            self.assertEqual(os.listdir(d), ["report.json"])

    def test_rules_lists_metadata(self):
        data = json.loads(run("rules", "--format", "json").stdout)
        ids = {r["id"] for r in data}
        self.assertTrue({"script/hant-in-hans", "script/hans-in-hant", "script/kana-in-chinese",
                         "input/undecodable"} <= ids)
        for r in data:
            self.assertIn(r["severity"], ("error", "warning", "info"))

    def test_segment_shows_versions(self):
        r = run("segment", "--format", "json", SEED0)
        self.assertEqual(r.returncode, 0)
        data = json.loads(r.stdout)
        self.assertEqual([v["lang"] for v in data["versions"]], ["en", "zh-Hant", "zh-Hans"])
        text = run("segment", SEED0).stdout
        self.assertIn("zh-Hans", text)
        self.assertIn("table-cell", text)

    def test_segment_tokens_show_sentences_tokens_and_entities(self):
        r = run("segment", "--tokens", "--format", "json", SEED0)
        self.assertEqual(r.returncode, 0, r.stderr)
        doc = json.loads(r.stdout)
        hans = [v for v in doc["versions"] if v["lang"] == "zh-Hans"][0]
        sentences = [s for b in hans["blocks"] for s in b.get("sentences", [])]
        self.assertTrue(any(t["kind"] == "ideo" for s in sentences for t in s["tokens"]))
        entities = [e for s in sentences for e in s["entities"]]
        self.assertIn({"kind": "latin_term", "text": "GDPR", "value": "GDPR"}, entities)
        text = run("segment", "--tokens", SEED0).stdout
        self.assertIn("entities: latin_term ISO", text)

    def test_text_format_has_location_and_caret(self):
        out = run("check", SEED0).stdout
        self.assertIn("000_fbff593f6d672fef.txt:38:", out)
        self.assertIn("[script/hant-in-hans]", out)
        self.assertIn("^", out)

    def test_align_json_matches_schema_and_lines_up_seed_000(self):
        r = run("align", "--format", "json", SEED0)
        self.assertEqual(r.returncode, 0, r.stderr)
        data = json.loads(r.stdout)
        import jsonschema
        jsonschema.validate(data, schema("concord-align.schema.json"))
        self.assertEqual([v["lang"] for v in data["versions"]], ["en", "zh-Hant", "zh-Hans"])
        # The seven rows of the table are sections numbered 1-7 in all three versions.
        rows = [u for u in data["units"] if u["kind"] == "section" and all(u["members"])]
        self.assertEqual([u["path"] for u in rows], [str(n) for n in range(1, 8)])
        # The title and the header cells line up too, and every sentence of every
        # version stands in exactly one unit.
        first = data["units"][0]
        self.assertEqual([m["line"] for m in first["members"]], [3, 22, 35])
        for m in data["units"]:
            self.assertEqual(len(m["members"]), 3)
        text = run("align", SEED0).stdout
        self.assertIn("雲端資訊安全責任共擔模型", text)
        self.assertIn("│", text)

    def test_parity_on_seed_000_is_the_duplicated_row(self):
        r = run("check", "--format", "json", "--enable", "parity/", "--fail-on", "never", SEED0)
        self.assertEqual(r.returncode, 0, r.stderr)
        parity = [f for f in json.loads(r.stdout)["findings"]
                  if f["rule"].startswith("parity/") and f["severity"] != "info"]
        self.assertEqual([(f["rule"], f["line"]) for f in parity], [("parity/duplicated-segment", 51)])
        self.assertEqual(sorted(x["line"] for x in parity[0]["related"]), [28, 48])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--concord", required=True)
    parser.add_argument("--root", required=True)
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
