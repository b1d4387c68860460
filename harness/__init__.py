"""What the test suite and the benchmarks both run on, and neither owns: the virtual microphone
(`harness.virtual_mic`), the real speech played or transcribed (`harness.speech`) and the parser
and leak rule of the labelled dialogs (`harness.dialogs`).

It is not part of the product (not under src/, not installed with it). tests/ and benchmarks/
import it and never each other (tests/test_suite_rules.py holds both to that); it imports
neither, and no pytest: a benchmark runs without the test suite's fixtures.
"""
