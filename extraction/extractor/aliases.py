"""Vocabulary the directory does not hold: how East Java reports usually spell agencies.

Agencies are matched against the directory first. These common spellings fill the gaps: a
shorter or older name for an agency in the directory (e.g. "Dinas Kominfo"), and the agencies
of a regency or city that is not in the directory, which are then kept by name only.
"""

# canonical label: spellings (normalised: lower case, no punctuation)
GENERIC_AGENCIES: dict[str, tuple[str, ...]] = {
    "Diskominfo": (
        "diskominfo", "dinas kominfo", "kominfo", "dinas komunikasi dan informatika",
        "dinas komunikasi informatika",
    ),
    "Dinkes": ("dinkes", "dinas kesehatan"),
    "Dinsos": ("dinsos", "dinas sosial"),
    "Dishub": ("dishub", "dinas perhubungan"),
    "DLH": ("dlh", "dinas lingkungan hidup"),
    "Dispendik": ("dispendik", "disdik", "dindik", "dinas pendidikan"),
    "DPUPR": (
        "dpupr", "dinas pupr", "pupr", "dinas pu", "dinas pekerjaan umum dan penataan ruang",
        "dinas pekerjaan umum",
    ),
    "Satpol PP": ("satpol pp", "satuan polisi pamong praja"),
    "BPBD": ("bpbd", "badan penanggulangan bencana daerah"),
    "Bappeda": (
        "bappeda", "bapelitbangda", "bappelitbangda", "badan perencanaan pembangunan daerah",
    ),
    "Dispendukcapil": (
        "dispendukcapil", "disdukcapil", "dispenduk", "dinas kependudukan dan pencatatan sipil",
    ),
    "Disnaker": ("disnaker", "dinas tenaga kerja"),
    "BPKAD": ("bpkad", "badan pengelolaan keuangan dan aset daerah"),
    "BKAD": ("bkad", "badan keuangan dan aset daerah"),
    "Bapenda": ("bapenda", "badan pendapatan daerah"),
    "Inspektorat": ("inspektorat", "inspektorat daerah"),
    "DPMPTSP": (
        "dpmptsp", "dinas penanaman modal dan pelayanan terpadu satu pintu",
        "dinas penanaman modal dan ptsp", "dpm-ptsp", "dpm ptsp",
    ),
    "Dispar": ("dispar", "dinas pariwisata"),
    "Bakesbangpol": (
        "bakesbangpol", "bakesbang", "kesbangpol", "badan kesatuan bangsa dan politik",
    ),
    "BKPSDM": ("bkpsdm", "badan kepegawaian dan pengembangan sumber daya manusia"),
    "DPMD": ("dpmd", "dinas pemberdayaan masyarakat dan desa"),
    "Disdikdaya": ("dikdaya",),
    "DPKPP": ("dinas perkim",),
    "Setda": (
        "setda", "sekretariat daerah", "setdakab", "setdakot", "setdaprov",
        "setkab", "setkot",
    ),
}  # fmt: skip

# Agency-like words that start a name we may not know: "Dinas Koperasi dan Usaha Mikro".
AGENCY_HEADS = (
    "Dinas", "Badan", "Inspektorat", "RSUD", "Rumah Sakit Umum Daerah", "Bagian", "Kecamatan",
    "Biro", "Cabang Dinas", "Satuan", "DPU", "Unit", "UPT",
)  # fmt: skip
# Agencies of a whole government rather than a single OPD: not an attending agency.
NOT_AGENCIES = {
    "badan anggaran", "badan musyawarah", "badan kehormatan", "badan pembentukan peraturan daerah",
    "badan legislasi", "dinas teknis",
}  # fmt: skip

# The secretariat's own bodies of the DPRD, as written.
BODY_NAMES: dict[str, tuple[str, ...]] = {
    "pimpinan": ("pimpinan dprd", "pimpinan dewan"),
    "bamus": ("badan musyawarah", "bamus", "banmus"),
    "banggar": ("badan anggaran", "banggar"),
    "bapemperda": (
        "badan pembentukan peraturan daerah",
        "bapemperda",
        "bapem perda",
        "badan legislasi",
        "banleg",
    ),
    "bk": ("badan kehormatan",),
    "pansus": ("panitia khusus", "pansus"),
}
BODY_LABELS = {
    "pimpinan": "Pimpinan DPRD",
    "bamus": "Badan Musyawarah",
    "banggar": "Badan Anggaran",
    "bapemperda": "Badan Pembentukan Peraturan Daerah",
    "bk": "Badan Kehormatan",
    "pansus": "Panitia Khusus",
}

# Groups of the public at a hearing: a hearing with them and no agency is a public one (RDPU).
PUBLIC_GROUPS = (
    "warga", "mahasiswa", "aliansi", "paguyuban", "lsm", "forum", "serikat", "petani",
    "nelayan", "pedagang", "pkl", "guru honorer", "honorer", "masyarakat", "ormas", "kelompok",
    "komunitas", "koalisi", "perkumpulan", "lembaga swadaya",
)  # fmt: skip
