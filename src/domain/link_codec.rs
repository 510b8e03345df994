//! The share link's codec: base64url (RFC 4648 §5) and raw DEFLATE (RFC 1951), the two
//! steps between a link payload's JSON and the text after `#q2.`. Pure byte work, no
//! knowledge of quotes; `share_link` owns the format, its bounds and its errors. Links are
//! inflated by `miniz_oxide`'s inflater (small, and bounded on output); the compressor is
//! written here because `miniz_oxide`'s costs about 9 KB gzip of wasm.

/// A character outside base64url, at a position of the text (from 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotBase64 {
    /// The character.
    pub character: char,
    /// Its position (from 1).
    pub position: usize,
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Appends base64url (RFC 4648 §5) of `bytes`, without padding.
pub fn base64url_encode(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let byte = |k: usize| u32::from(chunk.get(k).copied().unwrap_or(0));
        let n = (byte(0) << 16) | (byte(1) << 8) | byte(2);
        for i in 0..=chunk.len() {
            // A six-bit value always names one of the 64 symbols.
            if let Some(&symbol) = ALPHABET.get(((n >> (18 - 6 * i)) & 63) as usize) {
                out.push(char::from(symbol));
            }
        }
    }
}

/// Decodes base64url without padding (a trailing `=` padding is accepted). A lone last
/// character (a length of 4n + 1, which no encoder writes) is dropped: that is a link cut
/// short, and the decompressor then says so.
pub fn base64url_decode(text: &str) -> Result<Vec<u8>, NotBase64> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 3);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for (n, c) in text.chars().enumerate() {
        let value = match c {
            'A'..='Z' => c as u32 - 'A' as u32,
            'a'..='z' => c as u32 - 'a' as u32 + 26,
            '0'..='9' => c as u32 - '0' as u32 + 52,
            '-' => 62,
            '_' => 63,
            _ => return Err(NotBase64 { character: c, position: n + 1 }),
        };
        acc = (acc << 6) | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Ok(out)
}

/// Raw DEFLATE (RFC 1951) of `data` in one block with its own Huffman codes: LZ77 matches
/// from hash chains with one step of lazy matching. Written here rather than taken from
/// `miniz_oxide` (which inflates links) because its compressor costs about 9 KB gzip of
/// wasm; this one compresses quotes to within a few percent of `miniz_oxide` level 9
/// (tested), and every link it makes is inflated by `miniz_oxide` in the tests.
///
/// The encoder indexes fixed tables (`clippy::indexing_slicing` is allowed on its
/// functions, each bound stated where it is not obvious): symbols come from `bucket` over
/// the 29 / 30 length and distance bases (so `257 + l < 286`, `d < 30`), code-length
/// symbols are below 19, Huffman lengths are limited to 15 bits (`count` and `next` have
/// 16 entries), hashes are below `1 << HASH_BITS` and chain slots are taken `% WINDOW`.
/// Positions are below `data.len()` by the loop conditions. The property tests and
/// `tests/fuzz.rs` run it over generated and arbitrary quotes.
#[allow(clippy::indexing_slicing)]
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let tokens = lz77(data);
    let mut lit_freq = [0u32; 286];
    let mut dist_freq = [0u32; 30];
    lit_freq[256] = 1;
    for &t in &tokens {
        if t < 256 {
            lit_freq[t as usize] += 1;
        } else {
            lit_freq[257 + bucket(&LEN_BASE, t >> 16)] += 1;
            dist_freq[bucket(&DIST_BASE, t & 0xFFFF)] += 1;
        }
    }
    let lit_len = code_lengths(&lit_freq, 15);
    let dist_len = code_lengths(&dist_freq, 15);
    let hlit = used(&lit_len).max(257);
    let hdist = used(&dist_len).max(1);
    let mut lengths = lit_len[..hlit].to_vec();
    lengths.extend_from_slice(&dist_len[..hdist]);
    let runs = run_lengths(&lengths);
    let mut cl_freq = [0u32; 19];
    for &(symbol, _) in &runs {
        cl_freq[symbol] += 1;
    }
    let cl_len = code_lengths(&cl_freq, 7);
    let hclen = CL_ORDER.iter().rposition(|&s| cl_len[s] != 0).map_or(0, |p| p + 1).max(4);

    let mut out = Bits::default();
    out.put(0b101, 3); // last block, dynamic Huffman codes
    out.put((hlit - 257) as u32, 5);
    out.put((hdist - 1) as u32, 5);
    out.put((hclen - 4) as u32, 4);
    for &s in &CL_ORDER[..hclen] {
        out.put(u32::from(cl_len[s]), 3);
    }
    let cl_code = canonical(&cl_len);
    for (symbol, extra) in runs {
        out.put(cl_code[symbol], u32::from(cl_len[symbol]));
        match symbol {
            16 => out.put(extra, 2),
            17 => out.put(extra, 3),
            18 => out.put(extra, 7),
            _ => {}
        }
    }
    let lit_code = canonical(&lit_len);
    let dist_code = canonical(&dist_len);
    for t in tokens {
        if t < 256 {
            out.put(lit_code[t as usize], u32::from(lit_len[t as usize]));
            continue;
        }
        let (length, distance) = (t >> 16, t & 0xFFFF);
        let l = bucket(&LEN_BASE, length);
        out.put(lit_code[257 + l], u32::from(lit_len[257 + l]));
        out.put(length - LEN_BASE[l], LEN_EXTRA[l]);
        let d = bucket(&DIST_BASE, distance);
        out.put(dist_code[d], u32::from(dist_len[d]));
        out.put(distance - DIST_BASE[d], DIST_EXTRA[d]);
    }
    out.put(lit_code[256], u32::from(lit_len[256]));
    out.finish()
}

const LEN_BASE: [u32; 29] =
    [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA: [u32; 29] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE: [u32; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
    8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u32; 30] =
    [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/// The order code-length code lengths are written in.
const CL_ORDER: [usize; 19] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
const WINDOW: usize = 32_768;
const MAX_MATCH: usize = 258;
const HASH_BITS: u32 = 15;
/// Candidates tried per position, and the match length that is good enough.
const MAX_CHAIN: usize = 256;
const GOOD_ENOUGH: usize = 64;

/// The code (index into `base`) whose range holds `value`.
fn bucket(base: &[u32], value: u32) -> usize {
    base.iter().rposition(|&b| b <= value).unwrap_or(0)
}

/// How many symbols up to the last one with a code.
fn used(lengths: &[u8]) -> usize {
    lengths.iter().rposition(|&l| l != 0).map_or(0, |p| p + 1)
}

/// Literals (`< 256`) and matches (`length << 16 | distance`).
#[allow(clippy::indexing_slicing)] // bounds: see `deflate`
fn lz77(data: &[u8]) -> Vec<u32> {
    let mut m = Matcher { data, head: vec![u32::MAX; 1 << HASH_BITS], prev: vec![u32::MAX; WINDOW] };
    let mut tokens = Vec::with_capacity(data.len() / 2);
    let mut i = 0;
    while i < data.len() {
        let (length, distance) = m.longest(i);
        m.insert(i);
        // Lazy matching: a longer match one byte on wins over this one.
        if (3..GOOD_ENOUGH).contains(&length) && m.longest(i + 1).0 > length {
            tokens.push(u32::from(data[i]));
            i += 1;
            continue;
        }
        if length >= 3 {
            tokens.push(((length as u32) << 16) | distance as u32);
            for j in i + 1..i + length {
                m.insert(j);
            }
            i += length;
        } else {
            tokens.push(u32::from(data[i]));
            i += 1;
        }
    }
    tokens
}

/// Hash chains over the last [`WINDOW`] positions.
struct Matcher<'a> {
    data: &'a [u8],
    head: Vec<u32>,
    prev: Vec<u32>,
}

#[allow(clippy::indexing_slicing)] // bounds: see `deflate`
impl Matcher<'_> {
    fn hash(&self, i: usize) -> Option<usize> {
        let d = self.data.get(i..i + 3)?;
        let v = u32::from(d[0]) | (u32::from(d[1]) << 8) | (u32::from(d[2]) << 16);
        Some((v.wrapping_mul(0x9E37_79B1) >> (32 - HASH_BITS)) as usize)
    }

    fn insert(&mut self, i: usize) {
        if let Some(h) = self.hash(i) {
            self.prev[i % WINDOW] = self.head[h];
            self.head[h] = i as u32;
        }
    }

    /// The longest earlier match at `i` within the window: (length, distance), or
    /// (0, 0) below 3 bytes.
    fn longest(&self, i: usize) -> (usize, usize) {
        let Some(h) = self.hash(i) else { return (0, 0) };
        let max = (self.data.len() - i).min(MAX_MATCH);
        let mut best = (0, 0);
        let mut candidate = self.head[h];
        for _ in 0..MAX_CHAIN {
            let c = candidate as usize;
            // Chains only go back; anything else (the end, or beyond the window, where a
            // slot may have been reused) ends the search.
            let Some(distance) = i.checked_sub(c).filter(|d| (1..=WINDOW).contains(d)) else { break };
            let length = self.data[c..].iter().zip(&self.data[i..i + max]).take_while(|(a, b)| a == b).count();
            if length > best.0 {
                best = (length, distance);
                if length == max {
                    break;
                }
            }
            candidate = self.prev[c % WINDOW];
        }
        if best.0 >= 3 {
            best
        } else {
            (0, 0)
        }
    }
}

/// Huffman code lengths of at most `limit` bits for these frequencies (0: no code). At
/// least two symbols get a code, so the code is complete as decoders expect. Where the
/// optimal code is too deep, frequencies are halved until it fits.
fn code_lengths(freq: &[u32], limit: u8) -> Vec<u8> {
    let mut freq = freq.to_vec();
    if freq.iter().filter(|&&f| f > 0).count() < 2 {
        for f in freq.iter_mut().take(2) {
            *f = (*f).max(1);
        }
    }
    loop {
        let lengths = huffman_lengths(&freq);
        if lengths.iter().all(|&l| l <= limit) {
            return lengths;
        }
        for f in freq.iter_mut().filter(|f| **f > 0) {
            *f = (*f >> 1) | 1;
        }
    }
}

/// Optimal (unlimited) Huffman code lengths: merge the two lightest nodes until one is
/// left; a symbol's length is its depth.
#[allow(clippy::indexing_slicing)] // bounds: see `deflate`
fn huffman_lengths(freq: &[u32]) -> Vec<u8> {
    let mut weight: Vec<u64> = Vec::new();
    let mut parent: Vec<usize> = Vec::new();
    let mut leaf = vec![usize::MAX; freq.len()];
    let mut active = Vec::new();
    for (symbol, &f) in freq.iter().enumerate().filter(|(_, f)| **f > 0) {
        leaf[symbol] = weight.len();
        active.push(weight.len());
        weight.push(u64::from(f));
        parent.push(usize::MAX);
    }
    let lightest = |active: &mut Vec<usize>, weight: &[u64]| {
        let mut best = 0;
        for k in 1..active.len() {
            if weight[active[k]] < weight[active[best]] {
                best = k;
            }
        }
        active.swap_remove(best)
    };
    while active.len() > 1 {
        let a = lightest(&mut active, &weight);
        let b = lightest(&mut active, &weight);
        let node = weight.len();
        weight.push(weight[a] + weight[b]);
        parent.push(usize::MAX);
        parent[a] = node;
        parent[b] = node;
        active.push(node);
    }
    leaf.iter()
        .map(|&node| {
            let (mut node, mut depth) = (node, 0u8);
            while node != usize::MAX && parent[node] != usize::MAX {
                node = parent[node];
                depth = depth.saturating_add(1);
            }
            depth
        })
        .collect()
}

/// Canonical codes for these lengths (RFC 1951 §3.2.2), bit-reversed: deflate writes
/// Huffman codes from their first bit, into a stream filled from the low bit.
#[allow(clippy::indexing_slicing)] // bounds: see `deflate`
fn canonical(lengths: &[u8]) -> Vec<u32> {
    let mut count = [0u32; 16];
    for &l in lengths.iter().filter(|&&l| l > 0) {
        count[usize::from(l)] += 1;
    }
    let mut next = [0u32; 16];
    let mut code = 0;
    for bits in 1..16 {
        code = (code + count[bits - 1]) << 1;
        next[bits] = code;
    }
    lengths
        .iter()
        .map(|&l| {
            if l == 0 {
                return 0;
            }
            let code = next[usize::from(l)];
            next[usize::from(l)] += 1;
            code.reverse_bits() >> (32 - u32::from(l))
        })
        .collect()
}

/// Code lengths as code-length symbols: 0-15 as they are, 16 = repeat the previous 3-6
/// times, 17 = 3-10 zeros, 18 = 11-138 zeros; each with its extra-bits value.
#[allow(clippy::indexing_slicing)] // bounds: see `deflate`
fn run_lengths(lengths: &[u8]) -> Vec<(usize, u32)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lengths.len() {
        let value = lengths[i];
        let run = lengths[i..].iter().take_while(|&&l| l == value).count();
        let mut left = run;
        if value == 0 {
            while left >= 11 {
                let r = left.min(138);
                out.push((18, (r - 11) as u32));
                left -= r;
            }
            if left >= 3 {
                out.push((17, (left - 3) as u32));
                left = 0;
            }
        } else {
            out.push((usize::from(value), 0));
            left -= 1;
            while left >= 3 {
                let r = left.min(6);
                out.push((16, (r - 3) as u32));
                left -= r;
            }
        }
        out.extend((0..left).map(|_| (usize::from(value), 0)));
        i += run;
    }
    out
}

/// A bit stream filled from the low bit of each byte.
#[derive(Default)]
struct Bits {
    out: Vec<u8>,
    acc: u64,
    count: u32,
}

impl Bits {
    fn put(&mut self, value: u32, bits: u32) {
        self.acc |= u64::from(value) << self.count;
        self.count += bits;
        while self.count >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.count -= 8;
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.count > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}
