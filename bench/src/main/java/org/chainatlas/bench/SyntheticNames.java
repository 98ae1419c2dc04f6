package org.chainatlas.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.Text;

/**
 * Word tables and the rules that make realistic-looking bilingual names for synthetic entries:
 * Chinese company-style names such as 杭州链融科技有限公司 with their usual English rendering
 * ("Hangzhou Lianrong Technology Co., Ltd."), platform, product and institution names. Brands are
 * two syllables drawn at random, so any likeness to a real organisation is a coincidence; the
 * datasets that carry these names say "synthetic" in their titles and source.
 */
final class SyntheticNames {

    /** A Chinese word with its English rendering and an id-safe slug. */
    record Word(String zh, String en, String slug) {
        Word(String zh, String en) {
            this(zh, en, en.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
        }
    }

    /** A brand: two syllables, e.g. 链融 / Lianrong. */
    record Brand(String zh, String en, String slug) {
    }

    /** Cities that give the regional datasets their names (the data itself is invented). */
    static final List<Word> CITIES = List.of(
            w("杭州", "Hangzhou"), w("宁波", "Ningbo"), w("温州", "Wenzhou"), w("嘉兴", "Jiaxing"), w("湖州", "Huzhou"),
            w("绍兴", "Shaoxing"), w("金华", "Jinhua"), w("衢州", "Quzhou"), w("舟山", "Zhoushan"), w("台州", "Taizhou"),
            w("丽水", "Lishui"), w("南京", "Nanjing"), w("无锡", "Wuxi"), w("徐州", "Xuzhou"), w("常州", "Changzhou"),
            w("苏州", "Suzhou"), w("南通", "Nantong"), w("连云港", "Lianyungang"), w("淮安", "Huai'an"), w("盐城", "Yancheng"),
            w("扬州", "Yangzhou"), w("镇江", "Zhenjiang"), w("泰州", "Taizhou"), w("宿迁", "Suqian"), w("合肥", "Hefei"),
            w("芜湖", "Wuhu"), w("蚌埠", "Bengbu"), w("淮南", "Huainan"), w("马鞍山", "Ma'anshan"), w("安庆", "Anqing"),
            w("黄山", "Huangshan"), w("滁州", "Chuzhou"), w("阜阳", "Fuyang"), w("六安", "Lu'an"), w("宣城", "Xuancheng"),
            w("铜陵", "Tongling"), w("上海", "Shanghai"), w("北京", "Beijing"), w("天津", "Tianjin"), w("重庆", "Chongqing"),
            w("广州", "Guangzhou"), w("深圳", "Shenzhen"), w("珠海", "Zhuhai"), w("佛山", "Foshan"), w("东莞", "Dongguan"),
            w("中山", "Zhongshan"), w("惠州", "Huizhou"), w("江门", "Jiangmen"), w("汕头", "Shantou"), w("厦门", "Xiamen"),
            w("福州", "Fuzhou"), w("泉州", "Quanzhou"), w("漳州", "Zhangzhou"), w("莆田", "Putian"), w("南昌", "Nanchang"),
            w("赣州", "Ganzhou"), w("九江", "Jiujiang"), w("长沙", "Changsha"), w("株洲", "Zhuzhou"), w("湘潭", "Xiangtan"),
            w("武汉", "Wuhan"), w("宜昌", "Yichang"), w("襄阳", "Xiangyang"), w("郑州", "Zhengzhou"), w("洛阳", "Luoyang"),
            w("开封", "Kaifeng"), w("济南", "Jinan"), w("青岛", "Qingdao"), w("烟台", "Yantai"), w("潍坊", "Weifang"),
            w("威海", "Weihai"), w("淄博", "Zibo"), w("石家庄", "Shijiazhuang"), w("保定", "Baoding"), w("唐山", "Tangshan"),
            w("太原", "Taiyuan"), w("呼和浩特", "Hohhot"), w("沈阳", "Shenyang"), w("大连", "Dalian"), w("长春", "Changchun"),
            w("哈尔滨", "Harbin"), w("西安", "Xi'an"), w("兰州", "Lanzhou"), w("西宁", "Xining"), w("银川", "Yinchuan"),
            w("乌鲁木齐", "Urumqi"), w("成都", "Chengdu"), w("绵阳", "Mianyang"), w("贵阳", "Guiyang"), w("昆明", "Kunming"),
            w("南宁", "Nanning"), w("桂林", "Guilin"), w("海口", "Haikou"), w("三亚", "Sanya"), w("拉萨", "Lhasa"),
            w("常熟", "Changshu"), w("义乌", "Yiwu"), w("昆山", "Kunshan"), w("江阴", "Jiangyin"), w("慈溪", "Cixi"),
            w("张家港", "Zhangjiagang"), w("余姚", "Yuyao"), w("诸暨", "Zhuji"), w("晋江", "Jinjiang"));

    /** Generic zones a city's entries sit in (no real GB/T 2260 division is named or coded). */
    static final List<Word> ZONES = List.of(
            new Word("高新区", "High-tech Zone", "hitech"), new Word("经开区", "Economic Development Zone", "etdz"),
            new Word("自贸片区", "Free Trade Zone", "ftz"), new Word("科学城", "Science City", "science"),
            new Word("新区", "New Area", "newarea"), new Word("滨江区", "Riverside District", "riverside"),
            new Word("数字港", "Digital Harbour", "harbour"), new Word("未来科技城", "Future Sci-Tech City", "future"));

    private static final String[][] SYLLABLES = {
        {"链", "Lian"}, {"融", "Rong"}, {"信", "Xin"}, {"数", "Shu"}, {"智", "Zhi"}, {"云", "Yun"}, {"安", "An"},
        {"达", "Da"}, {"华", "Hua"}, {"通", "Tong"}, {"汇", "Hui"}, {"泰", "Tai"}, {"博", "Bo"}, {"创", "Chuang"},
        {"鼎", "Ding"}, {"恒", "Heng"}, {"瑞", "Rui"}, {"宇", "Yu"}, {"易", "Yi"}, {"诚", "Cheng"}, {"星", "Xing"},
        {"辰", "Chen"}, {"腾", "Teng"}, {"弘", "Hong"}, {"卓", "Zhuo"}, {"众", "Zhong"}, {"合", "He"}, {"晟", "Sheng"},
        {"捷", "Jie"}, {"迅", "Xun"}, {"微", "Wei"}, {"盾", "Dun"}, {"证", "Zheng"}, {"策", "Ce"}, {"远", "Yuan"},
        {"启", "Qi"}, {"明", "Ming"}, {"天", "Tian"}, {"海", "Hai"}, {"金", "Jin"}, {"宝", "Bao"}, {"方", "Fang"},
        {"德", "De"}, {"佳", "Jia"}, {"睿", "Rui"}, {"凯", "Kai"}, {"峰", "Feng"}, {"川", "Chuan"}};

    /** What a company does, as its name says it; the earlier, the more common. */
    private static final List<Word> TRADES = List.of(
            w("科技", "Technology"), w("信息技术", "Information Technology"), w("网络科技", "Network Technology"),
            w("数据科技", "Data Technology"), w("数字科技", "Digital Technology"), w("区块链技术", "Blockchain Technology"),
            w("智能科技", "Intelligent Technology"), w("信息科技", "Information Technology"), w("软件", "Software"),
            w("金融信息服务", "Financial Information Services"), w("供应链管理", "Supply Chain Management"),
            w("电子商务", "E-commerce"));

    private static final List<Word> FORMS = List.of(
            w("有限公司", "Co., Ltd."), w("有限公司", "Co., Ltd."), w("有限公司", "Co., Ltd."),
            w("股份有限公司", "Inc."), w("集团有限公司", "Group Co., Ltd."));

    private static final List<Word> TOPICS = List.of(
            w("区块链", "Blockchain"), w("数字经济", "Digital Economy"), w("金融科技", "Fintech"),
            w("大数据", "Big Data"), w("数字贸易", "Digital Trade"), w("产业互联网", "Industrial Internet"));

    private SyntheticNames() {
    }

    private static Word w(String zh, String en) {
        return new Word(zh, en);
    }

    static Word city(int region) {
        Word base = CITIES.get(region % CITIES.size());
        int round = region / CITIES.size();
        return round == 0 ? base : new Word(base.zh() + (round + 1), base.en() + " " + (round + 1), base.slug() + (round + 1));
    }

    static Brand brand(SplittableRandom random) {
        int a = random.nextInt(SYLLABLES.length);
        int b = random.nextInt(SYLLABLES.length - 1);
        if (b >= a) {
            b++;
        }
        String en = SYLLABLES[a][1] + SYLLABLES[b][1].toLowerCase(Locale.ROOT);
        return new Brand(SYLLABLES[a][0] + SYLLABLES[b][0], en, en.toLowerCase(Locale.ROOT));
    }

    /** 杭州链融科技有限公司 / Hangzhou Lianrong Technology Co., Ltd. */
    static Text company(Word city, Brand brand, SplittableRandom random) {
        return company(city, brand, skewed(TRADES, random), random);
    }

    static Text company(Word city, Brand brand, Word trade, SplittableRandom random) {
        Word form = FORMS.get(random.nextInt(FORMS.size()));
        return Text.of(city.zh() + brand.zh() + trade.zh() + form.zh(),
                city.en() + " " + brand.en() + " " + trade.en() + " " + form.en());
    }

    /** A named thing of a layer and category; {@code organisation[0]} receives the company behind it, if any. */
    static Text entryName(String layer, Category category, Word city, Word zone, Brand brand, SplittableRandom random,
                          Text[] organisation) {
        organisation[0] = null;
        String id = category.id();
        switch (layer) {
            case "base" -> {
                organisation[0] = random.nextInt(10) < 7 ? company(city, brand, random) : null;
                String version = random.nextInt(3) == 0 ? " " + (1 + random.nextInt(4)) + ".0" : "";
                return random.nextBoolean()
                        ? Text.of(brand.zh() + "链" + version, brand.en() + " Chain" + version)
                        : Text.of(brand.zh() + "区块链平台" + version, brand.en() + " Blockchain Platform" + version);
            }
            case "middle" -> {
                switch (id) {
                    case "solution" -> {
                        if (random.nextBoolean()) {
                            return company(city, brand, random);
                        }
                        Word topic = skewed(TOPICS, random);
                        organisation[0] = company(city, brand, random);
                        return Text.of(brand.zh() + topic.zh() + "解决方案", brand.en() + " " + topic.en() + " Solution");
                    }
                    case "baas" -> {
                        organisation[0] = company(city, brand, random);
                        return Text.of(brand.zh() + "BaaS平台", brand.en() + " BaaS Platform");
                    }
                    case "cloud" -> {
                        return company(city, brand, w("云计算", "Cloud Computing"), random);
                    }
                    case "information-security" -> {
                        return company(city, brand, w("信息安全技术", "Information Security Technology"), random);
                    }
                    case "e-signature" -> {
                        organisation[0] = company(city, brand, random);
                        return Text.of(brand.zh() + "电子签", brand.en() + " eSign");
                    }
                    default -> {
                        if (random.nextBoolean()) {
                            return company(city, brand, random);
                        }
                        organisation[0] = company(city, brand, random);
                        return product(brand, category);
                    }
                }
            }
            case "service" -> {
                return institution(id, category, city, zone, brand, random);
            }
            default -> {
                // application, and any layer added later: companies, and products of companies
                if (random.nextInt(100) < 55) {
                    return company(city, brand, random);
                }
                organisation[0] = company(city, brand, random);
                return product(brand, category);
            }
        }
    }

    /** 链融供应链金融平台 / Lianrong Finance Platform: a product named after its category. */
    private static Text product(Brand brand, Category category) {
        String zh = category.name().zh() != null ? category.name().zh() : category.id();
        String en = category.name().en() != null ? category.name().en() : category.id();
        return Text.of(brand.zh() + zh + "平台", brand.en() + " " + titleCase(en) + " Platform");
    }

    private static Text institution(String category, Category node, Word city, Word zone, Brand brand,
                                    SplittableRandom random) {
        Word topic = skewed(TOPICS, random);
        return switch (category) {
            case "infrastructure" -> place(city, brand, topic, pick(random, w("算力中心", "Computing Centre"),
                    w("数据中心", "Data Centre"), w("公共服务平台", "Public Service Platform")));
            case "association" -> random.nextInt(10) < 3
                    ? Text.of(city.zh() + topic.zh() + "产业协会", city.en() + " " + topic.en() + " Industry Association")
                    : place(city, brand, topic, pick(random, w("技术应用协会", "Technology Application Association"),
                            w("产业联盟", "Industry Alliance"), w("专业委员会", "Professional Committee")));
            case "research" -> place(city, brand, topic, pick(random, w("研究院", "Research Institute"),
                    w("重点实验室", "Key Laboratory"), w("研究中心", "Research Centre"), w("创新中心", "Innovation Centre")));
            case "cluster" -> Text.of(city.zh() + zone.zh() + topic.zh() + "核心聚集区",
                    city.en() + " " + zone.en() + " " + topic.en() + " Core Cluster");
            case "park" -> place(city, brand, topic, pick(random, w("产业园", "Industrial Park"),
                    w("创新港", "Innovation Harbour"), w("孵化基地", "Incubation Base"), w("产业基地", "Industrial Base")));
            case "investor" -> {
                Word form = pick(random, w("资本", "Capital"), w("创投", "Ventures"), w("投资", "Investment"), w("基金", "Fund"));
                yield Text.of(brand.zh() + form.zh(), brand.en() + " " + form.en());
            }
            case "media" -> {
                Word form = pick(random, w("链闻", "Chain News"), w("财经", "Finance"), w("科技评论", "Tech Review"),
                        w("区块链日报", "Blockchain Daily"));
                yield Text.of(brand.zh() + form.zh(), brand.en() + " " + form.en());
            }
            default -> Text.of(city.zh() + brand.zh() + (node.name().zh() != null ? node.name().zh() : node.id()),
                    city.en() + " " + brand.en() + " " + (node.name().en() != null ? node.name().en() : node.id()));
        };
    }

    /** 杭州链融区块链产业园 / Hangzhou Lianrong Blockchain Industrial Park */
    private static Text place(Word city, Brand brand, Word topic, Word form) {
        return Text.of(city.zh() + brand.zh() + topic.zh() + form.zh(),
                city.en() + " " + brand.en() + " " + topic.en() + " " + form.en());
    }

    /** "Data sharing" becomes "Data Sharing", as in a product's name. */
    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** An element of {@code list}, the first ones more often (weight 1/(i+1)). */
    static <T> T skewed(List<T> list, SplittableRandom random) {
        double total = 0;
        for (int i = 0; i < list.size(); i++) {
            total += 1.0 / (i + 1);
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < list.size(); i++) {
            x -= 1.0 / (i + 1);
            if (x <= 0) {
                return list.get(i);
            }
        }
        return list.get(list.size() - 1);
    }
}
