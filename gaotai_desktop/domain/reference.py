"""Default reference data of 高台县 (code 620724): townships, industry authorities, GB/T 4754
industries, GB 6441 accident categories, severities. Seeded into editable lookup tables."""

from __future__ import annotations

COUNTY_NAME = "高台县"
COUNTY_CODE = "620724"
ISSUING_BODY = "高台县人力资源和社会保障局"

TOWNSHIPS: tuple[str, ...] = (
    "城关镇",
    "宣化镇",
    "南华镇",
    "巷道镇",
    "合黎镇",
    "骆驼城镇",
    "新坝镇",
    "黑泉镇",
    "罗城镇",
)

#: GB/T 4754-2017 sections (门类): letter, name.
INDUSTRIES: tuple[tuple[str, str], ...] = (
    ("A", "农林牧渔业"),
    ("B", "采矿业"),
    ("C", "制造业"),
    ("D", "电力、热力、燃气及水生产和供应业"),
    ("E", "建筑业"),
    ("F", "批发和零售业"),
    ("G", "交通运输、仓储和邮政业"),
    ("H", "住宿和餐饮业"),
    ("I", "信息传输、软件和信息技术服务业"),
    ("J", "金融业"),
    ("K", "房地产业"),
    ("L", "租赁和商务服务业"),
    ("M", "科学研究和技术服务业"),
    ("N", "水利、环境和公共设施管理业"),
    ("O", "居民服务、修理和其他服务业"),
    ("P", "教育"),
    ("Q", "卫生和社会工作"),
    ("R", "文化、体育和娱乐业"),
    ("S", "公共管理、社会保障和社会组织"),
    ("T", "国际组织"),
)

AUTHORITIES: tuple[str, ...] = (
    "县住房和城乡建设局",
    "县应急管理局",
    "县交通运输局",
    "县工业和信息化局",
    "县农业农村局",
    "县商务局",
    "县卫生健康局",
)

#: Default 送达地址 of the industry authorities: only what is known (a bureau of the county
#: government in 高台县), no guessed street; an administrator adds the street (seeded by
#: migration 0006).
AUTHORITY_ADDRESSES: dict[str, str] = {name: "甘肃省张掖市高台" + name for name in AUTHORITIES}

#: GB 6441-1986 accident categories (kept as data: GB 6441-2025 may replace it).
ACCIDENT_CATEGORIES: tuple[str, ...] = (
    "物体打击",
    "车辆伤害",
    "机械伤害",
    "起重伤害",
    "触电",
    "淹溺",
    "灼烫",
    "火灾",
    "高处坠落",
    "坍塌",
    "冒顶片帮",
    "透水",
    "放炮",
    "火药爆炸",
    "瓦斯爆炸",
    "锅炉爆炸",
    "容器爆炸",
    "其他爆炸",
    "中毒和窒息",
    "其他伤害",
)

SEVERITIES: tuple[str, ...] = ("轻伤", "重伤", "死亡")

# -- variants of the list values as people type them (``domain.choices`` maps them) -------------

#: GB/T 4754-2017 divisions (大类, two-digit codes) by section: first and last division code.
INDUSTRY_DIVISIONS: dict[str, tuple[int, int]] = {
    "A": (1, 5),
    "B": (6, 12),
    "C": (13, 43),
    "D": (44, 46),
    "E": (47, 50),
    "F": (51, 52),
    "G": (53, 60),
    "H": (61, 62),
    "I": (63, 65),
    "J": (66, 69),
    "K": (70, 70),
    "L": (71, 72),
    "M": (73, 75),
    "N": (76, 79),
    "O": (80, 82),
    "P": (83, 83),
    "Q": (84, 85),
    "R": (86, 90),
    "S": (91, 96),
    "T": (97, 97),
}

#: Other names of a section: earlier editions (GB/T 4754-2002/2011) and common division names.
INDUSTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "A": ("农业", "林业", "畜牧业", "渔业", "农林牧渔", "农林牧渔服务业"),
    "B": ("煤炭开采和洗选业", "非金属矿采选业", "黑色金属矿采选业", "有色金属矿采选业", "矿业"),
    "C": ("化学原料和化学制品制造业", "化工", "化工业", "食品制造业", "农副食品加工业"),
    "D": ("电力、燃气及水的生产和供应业", "电力、热力生产和供应业"),
    "E": ("房屋建筑业", "土木工程建筑业", "建筑安装业", "建筑装饰、装修和其他建筑业", "建筑装饰和其他建筑业"),
    "F": ("批发业", "零售业", "商贸", "批发零售业"),
    "G": ("交通运输、仓储及邮政业", "道路运输业", "装卸搬运和仓储业", "仓储业", "邮政业", "物流", "物流业", "交通运输业"),
    "H": ("住宿业", "餐饮业", "住宿餐饮业"),
    "I": ("信息传输、计算机服务和软件业",),
    "K": ("房地产",),
    "M": ("科学研究、技术服务和地质勘查业",),
    "O": ("居民服务和其他服务业",),
    "Q": ("卫生、社会保障和社会福利业",),
    "S": ("公共管理和社会组织",),
}  # fmt: skip

#: Short and former names of industry authorities -> the name without the county (``应急管理局``).
AUTHORITY_ALIASES: dict[str, str] = {
    "住建局": "住房和城乡建设局",
    "建设局": "住房和城乡建设局",
    "住房城乡建设局": "住房和城乡建设局",
    "应急局": "应急管理局",
    "安监局": "应急管理局",
    "安全生产监督管理局": "应急管理局",
    "交通局": "交通运输局",
    "交运局": "交通运输局",
    "工信局": "工业和信息化局",
    "工业信息化局": "工业和信息化局",
    "农业局": "农业农村局",
    "农村局": "农业农村局",
    "商务局": "商务局",
    "卫健局": "卫生健康局",
    "卫健委": "卫生健康局",
    "卫生健康委员会": "卫生健康局",
    "卫生局": "卫生健康局",
}

#: Other names of GB 6441 categories as they are written in registers.
CATEGORY_ALIASES: dict[str, str] = {
    "高空坠落": "高处坠落",
    "坠落": "高处坠落",
    "中毒窒息": "中毒和窒息",
    "中毒及窒息": "中毒和窒息",
    "触电伤害": "触电",
    "电击": "触电",
    "溺水": "淹溺",
    "烫伤": "灼烫",
    "烧烫伤": "灼烫",
    "烧伤": "灼烫",
    "灼伤": "灼烫",
    "冒顶": "冒顶片帮",
    "片帮": "冒顶片帮",
    "爆破": "放炮",
    "其它伤害": "其他伤害",
    "其他": "其他伤害",
    "其它": "其他伤害",
    "其它爆炸": "其他爆炸",
    "车辆事故": "车辆伤害",
    "机械伤": "机械伤害",
    "起重": "起重伤害",
}

SEVERITY_ALIASES: dict[str, str] = {
    "轻伤害": "轻伤",
    "轻": "轻伤",
    "重伤害": "重伤",
    "重": "重伤",
    "身亡": "死亡",
    "亡": "死亡",
}

#: Prefixes of a place or a body's name that only say where it is (``高台县城关镇``).
PLACE_PREFIXES: tuple[str, ...] = ("甘肃省", "甘肃", "张掖市", "张掖", "高台县", "高台")
