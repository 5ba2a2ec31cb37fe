"""``python -m translate_summarize``."""

from translate_summarize.cli import main

if __name__ == "__main__":
    main()
