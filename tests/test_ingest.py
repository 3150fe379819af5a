import codecs

import pytest

from dtx_nlp.errors import InputError
from dtx_nlp.stages.ingest import decode, find_documents, read_document

SAMPLE = "【提言１】拡大抑止の運用面に関する平時の日米協議の創設。非核三原則と存立危機事態。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932", "shift_jis", "euc_jp",
                                      "iso2022_jp"])
def test_decodes_japanese_encodings(encoding):
    text, used = decode(SAMPLE.encode(encoding))
    assert text == SAMPLE


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])
def test_wide_encodings_with_their_byte_order_mark_are_read(tmp_path, encoding):
    """Notepad's "Unicode" is UTF-16 LE with a byte-order mark: read, not called binary; the
    mark is not part of the text."""
    path = tmp_path / "wide.txt"
    path.write_bytes(("\ufeff" + SAMPLE).encode(encoding)
                     if encoding[-3:] in ("-le", "-be") else SAMPLE.encode(encoding))
    assert read_document(path).text == SAMPLE


def test_wide_encoding_without_a_mark_or_text_is_a_one_line_error(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes(SAMPLE.encode("utf-16-le"))  # no mark: NUL bytes, not guessed
    with pytest.raises(InputError, match="binary"):
        read_document(path)
    path.write_bytes("  \n".encode("utf-16"))
    with pytest.raises(InputError, match="empty file"):
        read_document(path)
    path.write_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone surrogate
    with pytest.raises(InputError, match="not valid utf-16"):
        read_document(path)


def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(SAMPLE.encode("utf-8-sig"))
    assert read_document(path).text == SAMPLE


def test_crlf_becomes_lf(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("一行目\r\n二行目\r\n".encode("cp932"))
    assert read_document(path).text == "一行目\n二行目\n"


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"),
    (b"  \n\n ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_bad_bytes_are_one_line_errors(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert message in str(err.value) and str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")


def test_corpus_folder_skips_readme(tmp_path):
    (tmp_path / "README.md").write_text("about", encoding="utf-8")
    (tmp_path / "a.txt").write_text("本文", encoding="utf-8")
    (tmp_path / "b.md").write_text("本文", encoding="utf-8")
    (tmp_path / "c.csv").write_text("x", encoding="utf-8")
    assert [p.name for p in find_documents(tmp_path)] == ["a.txt", "b.md"]
