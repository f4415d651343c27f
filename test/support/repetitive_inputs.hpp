#pragma once
// Units that, repeated, make a careless matcher re-read what it already read
// (a quadratic scan). The entity tests check the invariants on them; the
// entity benchmark measures that their cost grows linearly.
namespace concord::test {

inline constexpr const char* kRepetitiveUnits[] = {
    "www.", "a.",  "://", "a@",  "1,",   "1.", "一",   "第",     "二〇",  "Zoho ", "A-",
    "((",   ")",   "one ", "12:", "2024-", "$",  "ISO/", "a.com.", "x@y.", "(1)",   "令和"};

}  // namespace concord::test
