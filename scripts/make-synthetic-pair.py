#!/usr/bin/env python3
"""Writes a synthetic English/Japanese pair of N sentences each for the
alignment benchmarks: paragraphs of five sentences under a heading every
twenty, Japanese sentences about 0.45 times as long as their English
counterparts, a number in every seventh pair, and one sentence in fifty
dropped from the Japanese so that the aligner has gaps to find.
Usage: make-synthetic-pair.py N DIR   (writes DIR/en.md and DIR/ja.md)
"""
import os
import random
import sys

WORDS = ("policy data service account user security privacy notice terms content provider access "
         "information request review process support update browser network storage product").split()
KANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
KANJI = "情報利用者安全管理規約提供内容確認処理保護通知更新製品機能設定要求対応"


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(7)
    os.makedirs(out, exist_ok=True)
    en, ja = [], []
    for i in range(n):
        if i % 20 == 0:
            en.append(f"\n## Section {i // 20 + 1}\n")
            ja.append(f"\n## 第{i // 20 + 1}節\n")
        words = [rng.choice(WORDS) for _ in range(rng.randint(6, 24))]
        sentence = " ".join(words).capitalize()
        jp = "".join(rng.choice(KANJI + KANA) for _ in range(max(4, int(len(sentence) * 0.45))))
        if i % 7 == 0:
            number = rng.randint(2, 900)
            sentence += f" within {number} days"
            jp += f"{number}日以内"
        en.append(sentence + ".")
        if i % 50 != 49:
            ja.append(jp + "。")
        if i % 5 == 4:
            en.append("\n")
            ja.append("\n")
    with open(os.path.join(out, "en.md"), "w", encoding="utf-8") as f:
        f.write(" ".join(en).replace(" \n ", "\n\n").replace("\n ", "\n") + "\n")
    with open(os.path.join(out, "ja.md"), "w", encoding="utf-8") as f:
        f.write("".join(ja).replace("\n", "\n\n") + "\n")


if __name__ == "__main__":
    main()
