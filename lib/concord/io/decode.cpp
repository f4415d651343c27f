#include "concord/io/decode.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

#include "concord/io/utf8.hpp"

namespace concord::io {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorCloser>;

// Legacy encodings concord detects, with the ICU converter used for each
// name ICU's detector reports.
struct Supported {
  const char* detected;
  const char* converter;
};
constexpr std::array kSupported = {
    Supported{"GB18030", "GB18030"},     Supported{"Big5", "windows-950"},
    Supported{"Shift_JIS", "Shift_JIS"}, Supported{"EUC-JP", "EUC-JP"},
};
// UTF-16 and UTF-32 are recognised by their BOM or their zero bytes before
// detection runs; ICU's guess of UTF-16 for text without zero bytes is noise.

const char* converter_for(std::string_view detected) {
  for (const auto& s : kSupported)
    if (detected == s.detected) return s.converter;
  return nullptr;
}

struct Magic {
  std::string_view prefix;
  const char* what;
};
constexpr std::array kMagic = {
    Magic{"PK\x03\x04", "a ZIP archive"},  Magic{"%PDF-", "a PDF file"},
    Magic{"\x7f" "ELF", "an ELF binary"},  Magic{"\x89PNG", "a PNG image"},
    Magic{"GIF8", "a GIF image"},          Magic{"\xFF\xD8\xFF", "a JPEG image"},
    Magic{"\x1F\x8B", "a gzip archive"},   Magic{"\xD0\xCF\x11\xE0", "an OLE2 (legacy Office) file"},
};

Decoded failure(std::uint32_t offset, std::string message) {
  Decoded d;
  d.error = DecodeError{offset, std::move(message)};
  return d;
}

std::string hex_byte(unsigned char c) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  return std::string("0x") + kDigits[c >> 4] + kDigits[c & 15];
}

// Converts `bytes` (starting `base` bytes into the file) with ICU, stopping at
// the first byte sequence that is not valid in that encoding.
Decoded convert(std::string_view bytes, std::uint32_t base, std::uint32_t file_size,
                const char* converter_name, const char* label) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr cnv(ucnv_open(converter_name, &status));
  if (U_FAILURE(status)) return failure(0, std::string("unknown encoding ") + converter_name);
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);

  std::vector<UChar> units(bytes.size() + 16);
  std::vector<int32_t> offsets(units.size());
  UChar* target = units.data();
  const char* source = bytes.data();
  status = U_ZERO_ERROR;
  ucnv_toUnicode(cnv.get(), &target, units.data() + units.size(), &source, bytes.data() + bytes.size(),
                 offsets.data(), /*flush=*/true, &status);
  if (U_FAILURE(status)) {
    char bad[32];
    int8_t bad_len = sizeof bad;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(cnv.get(), bad, &bad_len, &ignored);
    const auto at = static_cast<std::uint32_t>(source - bytes.data()) - static_cast<std::uint32_t>(bad_len);
    return failure(base + at, std::string("byte sequence not valid in ") + label);
  }

  Decoded d;
  d.encoding = label;
  d.map = SourceMap::transcoded(file_size);
  const auto count = static_cast<int32_t>(target - units.data());
  d.text.reserve(static_cast<std::size_t>(count) * 3);
  for (int32_t i = 0; i < count;) {
    const int32_t start = i;
    UChar32 cp;
    U16_NEXT(units.data(), i, count, cp);
    d.map.add_anchor(static_cast<std::uint32_t>(d.text.size()), base + static_cast<std::uint32_t>(offsets[start]));
    utf8::append(d.text, static_cast<char32_t>(cp));
  }
  return d;
}

// UTF-16 without a BOM shows itself by zero bytes at every other position in
// mostly-ASCII text.
const char* sniff_utf16(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
  if (n < 4) return nullptr;
  std::size_t zero_even = 0, zero_odd = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    zero_even += bytes[i] == '\0';
    zero_odd += bytes[i + 1] == '\0';
  }
  const std::size_t pairs = n / 2;
  if (zero_odd * 10 >= pairs * 3 && zero_even * 50 <= pairs) return "UTF-16LE";
  if (zero_even * 10 >= pairs * 3 && zero_odd * 50 <= pairs) return "UTF-16BE";
  return nullptr;
}

// Whether invalid UTF-8 is damaged UTF-8 (report it) rather than a legacy
// encoding (detect it): most multi-byte sequences are valid UTF-8.
bool mostly_utf8(std::string_view bytes) {
  std::size_t valid_multi = 0, invalid = 0;
  for (std::size_t pos = 0; pos < bytes.size();) {
    const auto c = static_cast<unsigned char>(bytes[pos]);
    if (c < 0x80) {
      ++pos;
      continue;
    }
    const std::size_t before = pos;
    const char32_t cp = utf8::next(bytes, pos);
    if (cp == 0xFFFD && pos - before == 1) {
      ++invalid;
    } else {
      ++valid_multi;
    }
  }
  return valid_multi >= 4 * invalid && valid_multi > 0;
}

bool looks_binary(std::string_view bytes, std::uint32_t& where) {
  std::size_t controls = 0;
  const std::size_t n = std::min<std::size_t>(bytes.size(), 8192);
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) {
      where = static_cast<std::uint32_t>(i);
      return true;
    }
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) ++controls;
  }
  where = 0;
  return n > 0 && controls * 10 > n;
}

// A legacy decoding is believable when what it produced outside ASCII is
// mostly CJK text and never private-use or unassigned code points; a stray
// high byte in English text decodes "validly" in some code page, but not so.
bool plausible_cjk(std::string_view text) {
  std::size_t non_ascii = 0, cjk = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const auto cp = static_cast<UChar32>(utf8::next(text, pos));
    ++non_ascii;
    const int8_t type = u_charType(cp);
    if (type == U_PRIVATE_USE_CHAR || type == U_UNASSIGNED || type == U_CONTROL_CHAR) return false;
    const int width = u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
    cjk += (width == U_EA_WIDE || width == U_EA_FULLWIDTH || width == U_EA_HALFWIDTH);
  }
  return non_ascii > 0 && cjk * 10 >= non_ascii * 8;
}

Decoded detect_legacy(std::string_view bytes, std::uint32_t first_bad) {
  UErrorCode status = U_ZERO_ERROR;
  DetectorPtr det(ucsdet_open(&status));
  if (U_FAILURE(status)) return failure(first_bad, "charset detection unavailable");
  // A sample is enough to tell the encodings apart; the whole file is then
  // converted strictly, so a wrong guess still fails cleanly.
  constexpr std::size_t kSample = 64 * 1024;
  ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(std::min(bytes.size(), kSample)), &status);
  int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &found, &status);
  if (U_FAILURE(status)) found = 0;
  for (int32_t i = 0; i < found; ++i) {
    UErrorCode s = U_ZERO_ERROR;
    const char* name = ucsdet_getName(matches[i], &s);
    const int32_t confidence = ucsdet_getConfidence(matches[i], &s);
    if (U_FAILURE(s) || confidence < 10) continue;
    const char* converter = converter_for(name);
    if (converter == nullptr) continue;
    Decoded d = convert(bytes, 0, static_cast<std::uint32_t>(bytes.size()), converter, name);
    if (!d.error && plausible_cjk(d.text)) return d;
  }
  return failure(first_bad, "invalid UTF-8 (byte " + hex_byte(static_cast<unsigned char>(bytes[first_bad])) +
                                ") and not text in any supported encoding (GB18030, Big5, Shift_JIS, EUC-JP, UTF-16)");
}

}  // namespace

Decoded decode(std::string_view bytes, const DecodeOptions& options) {
  const auto size = static_cast<std::uint32_t>(bytes.size());
  if (bytes.empty()) {
    Decoded d;
    d.encoding = "UTF-8";
    d.map = SourceMap::shifted(0, 0);
    return d;
  }

  struct Bom {
    std::string_view mark;
    const char* encoding;
  };
  // UTF-32LE's BOM begins with UTF-16LE's, so it is tested first.
  static constexpr std::array kBoms = {
      Bom{std::string_view("\xFF\xFE\0\0", 4), "UTF-32LE"}, Bom{std::string_view("\0\0\xFE\xFF", 4), "UTF-32BE"},
      Bom{"\xEF\xBB\xBF", "UTF-8"}, Bom{"\xFF\xFE", "UTF-16LE"}, Bom{"\xFE\xFF", "UTF-16BE"}};

  if (!options.forced_encoding.empty()) {
    return convert(bytes, 0, size, options.forced_encoding.c_str(), options.forced_encoding.c_str());
  }

  for (const auto& bom : kBoms) {
    if (!bytes.starts_with(bom.mark)) continue;
    const auto skip = static_cast<std::uint32_t>(bom.mark.size());
    const std::string_view rest = bytes.substr(skip);
    if (std::string_view(bom.encoding) != "UTF-8") return convert(rest, skip, size, bom.encoding, bom.encoding);
    if (auto bad = utf8::first_invalid(rest)) {
      return failure(skip + static_cast<std::uint32_t>(*bad),
                     "invalid UTF-8 (byte " + hex_byte(static_cast<unsigned char>(rest[*bad])) + ")");
    }
    Decoded d;
    d.text.assign(rest);
    d.encoding = "UTF-8";
    d.map = SourceMap::shifted(skip, size);
    return d;
  }

  for (const auto& magic : kMagic) {
    if (bytes.starts_with(magic.prefix)) return failure(0, std::string("binary file: looks like ") + magic.what);
  }
  if (const char* utf16 = sniff_utf16(bytes)) return convert(bytes, 0, size, utf16, utf16);
  std::uint32_t where = 0;
  if (looks_binary(bytes, where)) return failure(where, "binary file: control bytes that text does not contain");

  const auto bad = utf8::first_invalid(bytes);
  if (!bad) {
    Decoded d;
    d.text.assign(bytes);
    d.encoding = "UTF-8";
    d.map = SourceMap::shifted(0, size);
    return d;
  }
  if (mostly_utf8(bytes)) {
    return failure(static_cast<std::uint32_t>(*bad),
                   "invalid UTF-8 (byte " + hex_byte(static_cast<unsigned char>(bytes[*bad])) + ")");
  }
  return detect_legacy(bytes, static_cast<std::uint32_t>(*bad));
}

}  // namespace concord::io
